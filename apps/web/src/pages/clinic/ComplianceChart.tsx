import type { ComplianceStatus } from '../../gql/graphql';
import { StatusBadge } from './StatusBadge';
import { chartRows } from './status';

interface Props {
  totals: readonly { status: ComplianceStatus; count: number }[];
}

/**
 * A bar chart that is also a table: screen readers read the rows, everyone reads the numbers,
 * and the bars (drawn with CSS, hidden from assistive technology) show the proportions.
 */
export function ComplianceChart({ totals }: Props) {
  const rows = chartRows(totals);
  const all = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <figure className="compliance-chart">
      <figcaption>
        Required credentials across the members required to hold them, by state ({all} in all: one
        per member and requirement)
      </figcaption>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Count and share</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.status}>
                <th scope="row">
                  <StatusBadge status={row.status} />
                </th>
                <td className="chart-value">
                  <span className="chart-count">
                    {row.count} <span className="muted">({row.percent}%)</span>
                  </span>
                  <span className="chart-track" aria-hidden="true">
                    {row.count > 0 && (
                      <span
                        className={`chart-bar chart-bar-${row.status.toLowerCase()}`}
                        style={{ width: `${row.barPercent}%` }}
                      />
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
