import { useQuery } from '@apollo/client/react';
import { Badge } from '../../../ui/Badge';
import { TeachCreditReportDocument } from './CreditPanel';
import { wholeMinutes } from './credit-format';

/** One line at the top of the editor: the claim against the content, and the problems' count. */
export function CreditAtAGlance({ versionId }: { versionId: string }) {
  const { data } = useQuery(TeachCreditReportDocument, { variables: { id: versionId } });
  const report = data?.courseVersion.creditReport;
  if (!report) return null;
  const over = report.claimedMinutes > report.supportedMinutes;
  const blocking = report.problems.filter((problem) => !problem.overridden).length;
  return (
    <p className="credit-glance">
      {over ? (
        <Badge tone="danger">Claims more than the content supports</Badge>
      ) : (
        <Badge tone="ok">Claim within the content</Badge>
      )}{' '}
      Claims {wholeMinutes(report.claimedMinutes)}; the content supports{' '}
      {wholeMinutes(report.supportedMinutes)}.{' '}
      {blocking > 0 && (
        <>
          <Badge tone="warn">
            {blocking} credit {blocking === 1 ? 'problem' : 'problems'}
          </Badge>{' '}
        </>
      )}
      <a href="#credit-heading">See the credit panel</a>
    </p>
  );
}
