import { minutesSplitText } from '@fascicle/minutes-split';
import { approvalHoursLine, minutesOfInstruction, type ApprovalHours } from './credit';

/**
 * The rows of a `.details` list that say how much credit a certificate carries: the minutes,
 * split into self-paced online and live, and the hours in the unit of each approval it lists.
 */
export function CreditRows({
  creditMinutes,
  onlineMinutes,
  liveMinutes,
  approvals,
  noApprovals = 'No accreditation approval recorded',
}: {
  creditMinutes: number;
  onlineMinutes: number;
  liveMinutes: number;
  approvals: ApprovalHours[];
  /** Said when no approval is listed. */
  noApprovals?: string;
}) {
  return (
    <>
      <dt>Instruction</dt>
      <dd>{minutesOfInstruction(creditMinutes)}</dd>
      <dt>Online and live</dt>
      <dd>{minutesSplitText(onlineMinutes, liveMinutes)}</dd>
      <dt>Hours by approval</dt>
      <dd>
        {approvals.length === 0 ? (
          noApprovals
        ) : (
          <ul className="plain-list">
            {approvals.map((approval) => (
              <li key={`${approval.body} ${approval.approvalNumber}`}>
                {approvalHoursLine(approval)}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}
