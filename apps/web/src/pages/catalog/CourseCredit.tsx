import type { ApprovalStatus } from '../../gql/graphql';
import { minutesOfInstruction } from '../credentials/credit';
import { ApprovalBadge } from './ApprovalBadge';
import { approvalsWithHours, defaultHours, type HoursLine } from './course-credit';
import { date } from '../../ui/format';

interface Approval {
  id: string;
  body: string;
  approvalNumber: string;
  status: ApprovalStatus;
  validFrom: string;
  validUntil: string | null;
  isSample: boolean;
}

/**
 * What the course is worth, before anyone enrols: the minutes of instruction it claims (the
 * stored truth) and, for each approving body, the hours in that body's own contact hour.
 */
export function CourseCredit({
  creditMinutes,
  contactHours,
  approvals,
}: {
  creditMinutes: number;
  contactHours: HoursLine[];
  approvals: Approval[];
}) {
  const sixtyMinuteHours = defaultHours(contactHours);
  return (
    <section className="section" aria-labelledby="credit">
      <h2 id="credit">Credit and approvals</h2>
      <p>
        Estimated time: {minutesOfInstruction(creditMinutes)}
        {sixtyMinuteHours && `, or ${sixtyMinuteHours}`}. Each approving body counts the same
        minutes in its own contact hour.
      </p>
      {approvals.length === 0 ? (
        <p>No board has approved this course yet. Check whether your board accepts it.</p>
      ) : (
        <ul className="plain-list">
          {approvalsWithHours(approvals, contactHours).map((approval) => (
            <li key={approval.id} className="approval">
              <p>
                <strong>{approval.body}</strong> · {approval.approvalNumber}
              </p>
              {approval.hoursText && <p>{approval.hoursText}</p>}
              <p>
                <ApprovalBadge status={approval.status} /> {date(approval.validFrom)} to{' '}
                {approval.validUntil ? date(approval.validUntil) : 'open'}
              </p>
              {approval.isSample && (
                <p className="muted">Demonstration record, not a real approval.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
