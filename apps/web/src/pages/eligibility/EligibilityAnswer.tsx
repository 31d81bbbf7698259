import { useId } from 'react';
import type { EligibilityAnswerFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { date, duration, plural } from '../../ui/format';
import { VERDICT_LOOK } from './verdict';

type Answer = EligibilityAnswerFieldsFragment;
type Requirement = Answer['requirements'][number];
type Evidence = Requirement['evidence'][number];

/**
 * One state's answer to "may I dry needle here?": the verdict in plain words, each requirement
 * met or missing with the records that counted, what the person must do besides, what no
 * primary source confirmed, the sources, when they were read, and that the board decides.
 */
export function EligibilityAnswer({
  answer,
  heading: Heading = 'h3',
}: {
  answer: Answer;
  heading?: 'h2' | 'h3';
}) {
  const titleId = useId();
  const look = VERDICT_LOOK[answer.verdict];
  const Sub = Heading === 'h2' ? 'h3' : 'h4';
  return (
    <section className="card eligibility-answer" aria-labelledby={titleId}>
      <Heading id={titleId}>Dry needling in {answer.stateName}</Heading>
      <p>
        <Badge tone={look.tone}>{look.words}</Badge>{' '}
        <span className="muted">on {date(answer.onDate)}</span>
      </p>
      <p>{look.meaning}</p>
      <p className="muted">{answer.summary}</p>
      {answer.requirements.length > 0 && (
        <>
          <Sub>What the rule asks</Sub>
          <ul className="plain-list eligibility-requirements">
            {answer.requirements.map((requirement) => (
              <RequirementLine key={requirement.kind} requirement={requirement} />
            ))}
          </ul>
        </>
      )}
      {answer.steps.length > 0 && (
        <>
          <Sub>Also required (no record here shows it)</Sub>
          <ul>
            {answer.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </>
      )}
      {answer.unconfirmed.length > 0 && (
        <>
          <Sub>Unconfirmed — check with the board</Sub>
          <ul>
            {answer.unconfirmed.map((line) => (
              <li key={line}>
                <span className="sr-only">Unconfirmed — check with the board: </span>
                {line}
              </li>
            ))}
          </ul>
        </>
      )}
      {answer.sources.length > 0 && (
        <>
          <Sub>Sources</Sub>
          <ul>
            {answer.sources.map((source) => (
              <li key={source.url + source.citation}>
                <a href={source.url}>{source.citation}</a>
                {source.effective && <> (in effect from {date(source.effective)})</>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="eligibility-checked">
        <strong>Rules checked on:</strong>{' '}
        {answer.rulesCheckedOn ? date(answer.rulesCheckedOn) : 'no rule on record'}
        {answer.ruleEffective && <> · rule in effect from {date(answer.ruleEffective)}</>}
      </p>
      <p className="notice notice-info eligibility-reminder">{answer.reminder}</p>
    </section>
  );
}

function RequirementLine({ requirement }: { requirement: Requirement }) {
  return (
    <li className="eligibility-requirement">
      <Badge tone={requirement.met ? 'ok' : 'warn'}>{requirement.met ? 'Met' : 'Missing'}</Badge>{' '}
      <strong>{requirement.required}</strong>
      <br />
      <span>Found: {requirement.found}</span>
      <EvidenceList evidence={requirement.evidence} />
    </li>
  );
}

/** The records that counted; supervised sessions as a count with their first and last dates. */
function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  const sessions = evidence.filter((item) => item.kind === 'SUPERVISED_SESSION');
  const others = evidence.filter((item) => item.kind !== 'SUPERVISED_SESSION');
  const dates = sessions
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .sort();
  return (
    <ul className="muted eligibility-evidence" aria-label="Evidence that counted">
      {others.map((item) => (
        <li key={`${item.kind}-${item.id}`}>
          {item.label}
          {item.minutes !== null && <> · {duration(item.minutes)}</>}
          {item.date && <> · {date(item.date)}</>}
        </li>
      ))}
      {sessions.length > 0 && (
        <li>
          {plural(sessions.length, 'confirmed supervised session')}
          {dates.length > 0 && (
            <>
              {' '}
              ({date(dates[0])}
              {dates.length > 1 && <> to {date(dates.at(-1))}</>})
            </>
          )}
        </li>
      )}
    </ul>
  );
}
