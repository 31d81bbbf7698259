import { useId } from 'react';
import { TableWrap } from './TableWrap';
import { plural } from '../../ui/format';

interface Bucket {
  fromPercent: number;
  toPercent: number;
  attempts: number;
}

/** Attempts per 10-point score band, as CSS columns; the numbers are printed and tabled. */
export function ScoreHistogram({
  buckets,
  passingScorePercent,
  passRate,
}: {
  buckets: Bucket[];
  passingScorePercent: number;
  /** The API's share of attempts that passed: a band can hold scores on both sides. */
  passRate: number | null;
}) {
  const id = useId();
  const most = Math.max(1, ...buckets.map((b) => b.attempts));
  const total = buckets.reduce((sum, b) => sum + b.attempts, 0);
  // A band holds passing scores when its top lies above the pass mark (75 falls in 70–79).
  const holdsPasses = (b: Bucket) =>
    b.toPercent > passingScorePercent || (b.toPercent >= 100 && passingScorePercent === 100);
  const band = (b: Bucket) =>
    b.toPercent >= 100 ? `${b.fromPercent}–100%` : `${b.fromPercent}–${b.toPercent - 1}%`;
  return (
    <figure className="chart">
      <figcaption id={`${id}-caption`}>
        Score distribution (attempts per band of 10 points)
      </figcaption>
      <div role="img" aria-labelledby={`${id}-caption`} aria-describedby={`${id}-summary`}>
        <div className="histogram" aria-hidden="true">
          {buckets.map((b) => (
            <div className="histogram-column" key={b.fromPercent}>
              <span className="histogram-count">{b.attempts}</span>
              <span className="histogram-track">
                <span
                  className={holdsPasses(b) ? 'histogram-bar histogram-bar-pass' : 'histogram-bar'}
                  style={{ height: `${(b.attempts / most) * 100}%` }}
                />
              </span>
              <span className="histogram-label">{b.fromPercent}</span>
            </div>
          ))}
        </div>
      </div>
      <p id={`${id}-summary`} className="muted chart-summary">
        {plural(total, 'attempt')}
        {passRate === null ? '' : `, ${Math.round(passRate * 100)}% of them passed`}. Striped
        columns hold scores at or above the pass mark of {passingScorePercent}%. Each column is
        labelled with its band's lowest score.
      </p>
      <details>
        <summary>Score distribution: table</summary>
        <TableWrap label="Score distribution: table">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Score</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((b) => (
                <tr key={b.fromPercent}>
                  <th scope="row">{band(b)}</th>
                  <td>{b.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </figure>
  );
}
