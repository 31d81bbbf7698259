import type { PracticalExamFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { date, dateTime } from '../../ui/format';

export type PracticalExamRecordData = PracticalExamFieldsFragment;

/** A signed record as a board would read it: the verdict first, then every item as marked. */
export function PracticalExamRecord({ record }: { record: PracticalExamRecordData }) {
  const tone = record.passed ? 'ok' : 'danger';
  return (
    <>
      <section
        className={`verdict verdict-${tone}`}
        role="status"
        aria-labelledby={`verdict-${record.id}`}
      >
        <span className="verdict-icon" aria-hidden="true">
          {record.passed ? '✓' : '✕'}
        </span>
        <div>
          <p className="verdict-word" id={`verdict-${record.id}`}>
            {record.passed ? 'Passed' : 'Not passed'}
          </p>
          {record.criticalFailed.length > 0 && (
            <p>
              Critical items failed: {record.criticalFailed.map((item) => item.label).join('; ')}
            </p>
          )}
          {record.reasons.map((reason) => (
            <p key={reason}>{reason}</p>
          ))}
        </div>
      </section>
      <dl className="details">
        {record.criticalFailed.length > 0 && (
          <>
            <dt>Critical items failed</dt>
            <dd>{record.criticalFailed.map((item) => item.label).join('; ')}</dd>
          </>
        )}
        <dt>Candidate</dt>
        <dd>{record.candidateName}</dd>
        <dt>Checklist</dt>
        <dd>
          {record.checklistTitle} (version {record.checklistVersion})
        </dd>
        <dt>Examined on</dt>
        <dd>{date(record.examinedOn)}</dd>
        <dt>Signed</dt>
        <dd>
          {dateTime(record.signedAt)} by {record.examinerName}
        </dd>
        <dt>Signature</dt>
        <dd>
          {record.signatureValid ? (
            <Badge tone="ok">Matches the record</Badge>
          ) : (
            <Badge tone="danger">Does not match the record</Badge>
          )}
        </dd>
        {record.replacesId && (
          <>
            <dt>Corrects</dt>
            <dd>
              Record <span className="code">{record.replacesId}</span>: {record.correctionReason}
            </dd>
          </>
        )}
        {!record.current && (
          <>
            <dt>Replaced by</dt>
            <dd>
              Record <span className="code">{record.replacedById}</span>
            </dd>
          </>
        )}
        {record.summary && (
          <>
            <dt>Summary</dt>
            <dd>{record.summary}</dd>
          </>
        )}
      </dl>
      <h2>Items as marked</h2>
      <div className="table-wrap" role="region" aria-label="Items as marked" tabIndex={0}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Mark</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {record.results.map((result) => (
              <tr key={result.key}>
                <th scope="row">
                  {result.label} {result.critical && <Badge tone="neutral">Critical</Badge>}
                </th>
                <td>
                  {result.passed ? (
                    <Badge tone="ok">Passed</Badge>
                  ) : (
                    <Badge tone="danger">Failed</Badge>
                  )}
                </td>
                <td>{result.notes ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
