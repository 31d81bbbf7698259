import type { CreditReportFieldsFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { TableWrap } from '../TableWrap';
import { hoursRows, minutesText, wholeMinutes } from './credit-format';

type Summary = Pick<
  CreditReportFieldsFragment,
  | 'claimedMinutes'
  | 'supportedMinutes'
  | 'lessonMinutes'
  | 'quizMinutes'
  | 'readingWordsPerMinute'
  | 'minutesPerQuestion'
  | 'seatTimeTolerancePercent'
  | 'claimedHours'
  | 'supportedHours'
>;

/** Claimed against supported time, in minutes and in each approval's contact hours. */
export function CreditSummary({ report }: { report: Summary }) {
  const over = report.claimedMinutes - report.supportedMinutes;
  const rows = hoursRows(report.claimedHours, report.supportedHours);
  return (
    <div className={over > 0 ? 'credit-summary credit-over' : 'credit-summary'}>
      <p className="credit-verdict">
        {over > 0 ? (
          <Badge tone="danger">Claims {wholeMinutes(over)} more than the content supports</Badge>
        ) : (
          <Badge tone="ok">The claim is within what the content supports</Badge>
        )}
      </p>
      <TableWrap label="Claimed and supported time">
        <table className="data">
          <caption className="sr-only">Claimed and supported time</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Claimed</th>
              <th scope="col">Supported by the content</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Minutes of instruction</th>
              <td className={over > 0 ? 'credit-flagged' : undefined}>
                {over > 0 && <span aria-hidden="true">✕ </span>}
                {wholeMinutes(report.claimedMinutes)}
              </td>
              <td>{wholeMinutes(report.supportedMinutes)}</td>
            </tr>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className={over > 0 ? 'credit-flagged' : undefined}>{row.claimed}</td>
                <td>{row.supported}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="muted credit-method">
        Supported time: the lessons’ text at {report.readingWordsPerMinute} words a minute (
        {minutesText(report.lessonMinutes)}) plus {report.minutesPerQuestion} minutes for each
        question a learner must answer ({minutesText(report.quizMinutes)}), rounded down; a pilot
        replaces a lesson’s estimate. A lesson may require at most {report.seatTimeTolerancePercent}
        % more seat time than its estimate.
      </p>
    </div>
  );
}
