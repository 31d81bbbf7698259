import type { CreditReportFieldsFragment } from '../../../gql/graphql';
import { dateTime } from '../../../ui/format';

const STAGE: Record<string, string> = {
  SUBMIT: 'Let through at submission',
  PUBLISH: 'Let through at publication',
};

/** Each admin override of the credit gates, with its written reason: the review record. */
export function OverrideHistory({
  overrides,
}: {
  overrides: CreditReportFieldsFragment['overrides'];
}) {
  return (
    <ol className="override-history">
      {overrides.map((override, index) => (
        <li key={`${override.createdAt}-${index}`}>
          <p>
            <strong>{STAGE[override.stage] ?? override.stage}</strong> by {override.adminName},{' '}
            {dateTime(override.createdAt)}. Gates: {override.codes.join(', ') || '—'}.
          </p>
          <blockquote className="pre-wrap">{override.reason}</blockquote>
        </li>
      ))}
    </ol>
  );
}
