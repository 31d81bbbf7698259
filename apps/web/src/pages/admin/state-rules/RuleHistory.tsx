import { useQuery } from '@apollo/client/react';
import type { RuleVersionFieldsFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { QueryState } from '../../../ui/QueryState';
import { date, dateTime } from '../../../ui/format';
import { AdminDryNeedlingRuleHistoryDocument } from './state-rule-documents';
import { checkedOn, figure, STATUS_LOOK, yesNo } from './rule-words';

/** Every version of one state's rule, oldest first, the one in force today marked. */
export function RuleHistory({ state }: { state: string }) {
  const result = useQuery(AdminDryNeedlingRuleHistoryDocument, { variables: { state } });
  return (
    <QueryState result={result} label="Loading the rule’s history">
      {({ dryNeedlingRuleHistory: versions }) => (
        <ol className="steps rule-history" aria-label={`Versions of the rule of ${state}`}>
          {versions.map((version) => (
            <VersionItem key={version.id} version={version} />
          ))}
        </ol>
      )}
    </QueryState>
  );
}

function VersionItem({ version }: { version: RuleVersionFieldsFragment }) {
  const look = STATUS_LOOK[version.status];
  return (
    <li aria-current={version.current ? 'true' : undefined}>
      <div>
        <p>
          <strong>
            {version.effective ? `From ${date(version.effective)}` : 'Before any dated version'}
          </strong>{' '}
          <Badge tone={look.tone}>{look.words}</Badge>{' '}
          {version.current && <Badge tone="info">In force today</Badge>}
        </p>
        <p>{version.summary}</p>
        <p className="muted">
          Training required: {yesNo(version.trainingRequired)} · hours:{' '}
          {figure(version.trainingHours)} in total, {figure(version.inPersonHours)} in person ·
          practical exam: {yesNo(version.practicalExam)} · years licensed:{' '}
          {figure(version.yearsLicensed)} · supervised sessions:{' '}
          {figure(version.supervisedSessions)} · requirements{' '}
          {version.requirementsConfirmed ? 'confirmed' : 'not all confirmed'}
        </p>
        <p className="muted">
          {version.recordedByAdmin
            ? `Recorded by an admin on ${dateTime(version.recordedAt)}`
            : 'From the rules data file'}
          {' · '}sources read {date(checkedOn(version.sources))}
        </p>
        {version.reason && (
          <p>
            <strong>Reason:</strong> {version.reason}
          </p>
        )}
      </div>
    </li>
  );
}
