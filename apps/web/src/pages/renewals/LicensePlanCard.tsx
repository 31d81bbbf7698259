import type { RenewalPlansQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { date } from '../../ui/format';

type License = RenewalPlansQuery['me']['licenses'][number];
type Plan = NonNullable<License['renewalPlan']>;

/** A figure the rule does not confirm is never shown as a number: the board decides it. */
const hours = (value: number | null) => (value === null ? 'check with your board' : `${value} h`);

function Figures({ plan }: { plan: Plan }) {
  return (
    <dl className="details">
      <dt>Cycle</dt>
      <dd>
        {plan.windowStart && plan.dueOn
          ? `${date(plan.windowStart)} to ${date(plan.dueOn)}`
          : 'Unknown until the expiry date and the cycle are known'}
      </dd>
      <dt>Due</dt>
      <dd>
        {plan.dueOn ? `${date(plan.dueOn)} (${plan.daysLeft} days left)` : 'Add the expiry date'}
      </dd>
      <dt>Required</dt>
      <dd>{hours(plan.requiredHours)}</dd>
      <dt>Earned in the cycle</dt>
      <dd>
        {plan.earnedHours} h ({plan.liveHours} h live, {plan.selfPacedHours} h self-paced)
      </dd>
      <dt>Counted</dt>
      <dd>{plan.countedHours} h</dd>
      <dt>Still needed</dt>
      <dd>{plan.dueOn ? hours(plan.stillNeededHours) : 'Add the expiry date to see it'}</dd>
    </dl>
  );
}

/** One license's plan: figures, topics, limits, what to check, the credits and the pack. */
export function LicensePlanCard({
  license,
  onDownload,
  downloading,
}: {
  license: License;
  onDownload: (licenseId: string, dueOn: string | null) => void;
  downloading: boolean;
}) {
  const plan = license.renewalPlan;
  const titleId = `plan-${license.id}`;
  if (!plan) return null;
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {plan.stateName ?? license.state} license {license.number}
      </h2>
      <p role="status">
        {plan.complete === true && 'Every requirement we know of is met for this cycle.'}
        {plan.complete === false && 'Requirements are still missing for this cycle.'}
        {plan.complete === null && 'Some figures are not confirmed: see what to check below.'}
      </p>
      <Figures plan={plan} />
      {plan.topics.length > 0 && (
        <>
          <h3>Required topics</h3>
          <ul>
            {plan.topics.map((topic) => (
              <li key={topic.label}>
                {topic.met ? 'Met' : 'Missing'}: {topic.label} ({topic.earnedHours} h
                {topic.requiredHours === null
                  ? '; the hours needed are not confirmed, check with your board'
                  : ` of ${topic.requiredHours} h`}
                ){topic.when ? `. ${topic.when}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.limits.length > 0 && (
        <>
          <h3>Limits</h3>
          <ul>
            {plan.limits.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {plan.checkWithBoard.length > 0 && (
        <>
          <h3>Check with your board</h3>
          <ul>
            {plan.checkWithBoard.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Credits in this cycle</h3>
      {plan.credits.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <table>
          <caption className="sr-only">Credits in this cycle</caption>
          <thead>
            <tr>
              <th scope="col">Completed</th>
              <th scope="col">Course</th>
              <th scope="col">From</th>
              <th scope="col">Hours (counted)</th>
            </tr>
          </thead>
          <tbody>
            {plan.credits.map((credit) => (
              <tr key={credit.id}>
                <td>{date(credit.completedOn)}</td>
                <td>
                  {credit.title}, {credit.provider}
                </td>
                <td>{credit.source === 'FASCICLE' ? 'Fascicle' : 'Outside CE'}</td>
                <td>
                  {credit.hours} ({credit.countedHours})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {[
        plan.firstRenewal && `First renewal: ${plan.firstRenewal}`,
        plan.recordKeeping && `Records: ${plan.recordKeeping}`,
        ...plan.notes,
      ]
        .filter(Boolean)
        .map((line) => (
          <p className="muted" key={line as string}>
            {line}
          </p>
        ))}
      <p className="muted">
        Sources:{' '}
        {plan.sources.map((source, i) => (
          <span key={source.url}>
            {i > 0 && '; '}
            <a href={source.url}>{source.citation}</a> (checked {date(source.checkedOn)})
          </span>
        ))}
        . The board decides what it accepts.
      </p>
      {plan.windowStart && (
        <Button
          variant="secondary"
          busy={downloading}
          busyLabel="Preparing the audit pack"
          onClick={() => onDownload(license.id, plan.dueOn)}
        >
          Download the audit pack (PDF)
        </Button>
      )}
    </section>
  );
}
