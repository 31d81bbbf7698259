import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import { ADVERSE_EVENT_TYPE_LABELS } from './practice-words';

const AdverseEventSummaryDocument = graphql(`
  query AdverseEventSummary {
    adverseEventSummary {
      total
      groups {
        type
        types
        count
      }
    }
  }
`);

/**
 * Program-wide figures for instructors and admins. The API merges and hides every group under
 * five events so no clinician or patient can be singled out; the screen says so rather than
 * showing a number it does not have.
 */
export function AdverseEventSummarySection() {
  const result = useQuery(AdverseEventSummaryDocument);
  return (
    <section className="section" aria-labelledby="summary-title">
      <h2 id="summary-title">All clinicians: events by type</h2>
      <p>
        Every adverse event recorded on Fascicle, by type. Types with fewer than five events are
        merged and their count hidden, so no clinician or patient can be singled out.
      </p>
      <QueryState result={result} label="Loading the summary">
        {({ adverseEventSummary: summary }) =>
          summary.groups.length === 0 ? (
            <p>No adverse event has been recorded yet.</p>
          ) : (
            <div className="table-wrap" role="region" aria-label="Events by type" tabIndex={0}>
              <table className="data">
                <caption className="sr-only">Events by type</caption>
                <thead>
                  <tr>
                    <th scope="col">Type</th>
                    <th scope="col">Events</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.groups.map((group) => (
                    <tr key={group.type ?? 'merged'}>
                      <th scope="row">
                        {group.type
                          ? ADVERSE_EVENT_TYPE_LABELS[group.type]
                          : `Other types, fewer than five each (${group.types
                              .map((type) => ADVERSE_EVENT_TYPE_LABELS[type])
                              .join(', ')})`}
                      </th>
                      <td>{group.count ?? 'Hidden: fewer than 5'}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">All events</th>
                    <td>{summary.total ?? 'Hidden: it would reveal a group under 5'}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
