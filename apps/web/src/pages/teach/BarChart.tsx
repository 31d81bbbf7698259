import { useId, type CSSProperties } from 'react';
import { TableWrap } from './TableWrap';

export interface BarRow {
  key: string;
  /** Short, e.g. "Q3". */
  label: string;
  value: number | null;
  flagged: boolean;
}

export interface Threshold {
  value: number;
  label: string;
}

/**
 * A horizontal bar chart in HTML and CSS: the text stays readable at any width, where a
 * scaled SVG would shrink it on a phone. Screen readers get the chart as one image with a
 * summary, and the numbers in a table; flagged bars carry a mark, not only a colour.
 */
export function BarChart({
  caption,
  summary,
  rows,
  min,
  max,
  thresholds,
  format,
  valueHeader,
}: {
  caption: string;
  summary: string;
  rows: BarRow[];
  min: number;
  max: number;
  thresholds: Threshold[];
  format: (value: number) => string;
  valueHeader: string;
}) {
  const id = useId();
  const span = max - min;
  const at = (value: number) => `${((Math.min(max, Math.max(min, value)) - min) / span) * 100}%`;
  const baseline = Math.min(max, Math.max(min, 0));
  return (
    <figure className="chart">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div role="img" aria-labelledby={`${id}-caption`} aria-describedby={`${id}-summary`}>
        <div className="bar-chart">
          <div className="bar-row bar-axis" aria-hidden="true">
            <span />
            <span className="bar-track bar-track-axis">
              {thresholds.map((t) => (
                <span key={t.label} className="threshold-label" style={{ left: at(t.value) }}>
                  {t.label}
                </span>
              ))}
            </span>
            <span />
          </div>
          {rows.map((row) => {
            const value = row.value;
            const style: CSSProperties | undefined =
              value === null
                ? undefined
                : {
                    left: at(Math.min(value, baseline)),
                    width: `${(Math.abs(value - baseline) / span) * 100}%`,
                  };
            return (
              <div className="bar-row" key={row.key}>
                <span className="bar-label">{row.label}</span>
                <span className="bar-track">
                  {thresholds.map((t) => (
                    <span key={t.label} className="threshold" style={{ left: at(t.value) }} />
                  ))}
                  {min < 0 && <span className="zero-line" style={{ left: at(0) }} />}
                  {style && (
                    <span className={row.flagged ? 'bar bar-flagged' : 'bar'} style={style} />
                  )}
                </span>
                <span className="bar-value">
                  {value === null ? 'no data' : format(value)}
                  {row.flagged && <span className="flag-mark"> ⚑</span>}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      <p id={`${id}-summary`} className="muted chart-summary">
        {summary} ⚑ marks a flagged question.
      </p>
      <details>
        <summary>{caption}: table</summary>
        <TableWrap label={`${caption}: table`}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">{valueHeader}</th>
                <th scope="col">Flagged</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.value === null ? 'No responses' : format(row.value)}</td>
                  <td>{row.flagged ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </figure>
  );
}
