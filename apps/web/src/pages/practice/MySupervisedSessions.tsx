import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import { useDownloadWithToken } from '../../ui/download';
import { date, plural } from '../../ui/format';
import type { PracticeProgram } from './practice-programs';
import { countsByProgram } from './practice-words';
import { SessionDetails, SessionStatusBadge } from './SessionDetails';
import { ShowMore } from '../../ui/ShowMore';
import { useLoadMore } from '../../ui/useLoadMore';

const MySupervisedSessionsDocument = graphql(`
  query MySupervisedSessions($after: String) {
    mySupervisedSessions(first: 50, after: $after) {
      edges {
        node {
          ...SupervisedSessionFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The API's CSV of confirmed sessions (GET, behind the bearer token like other files). */
const CSV_PATH = '/me/supervised-sessions.csv';

/** The learner's sessions, newest first, with counts per program and the board's CSV. */
export function MySupervisedSessions({ programs }: { programs: readonly PracticeProgram[] }) {
  const result = useQuery(MySupervisedSessionsDocument);
  const { download, busyUrl, error: downloadError } = useDownloadWithToken();
  const titles = new Map(programs.map((p) => [p.id, p.title]));
  const required = new Map(
    programs.map((p) => [p.id, p.handsOnRequirements?.supervisedSessions?.minimumCount ?? null]),
  );
  const more = useLoadMore((after) =>
    result.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        mySupervisedSessions: {
          ...fetchMoreResult.mySupervisedSessions,
          edges: [
            ...previous.mySupervisedSessions.edges,
            ...fetchMoreResult.mySupervisedSessions.edges,
          ],
        },
      }),
    }),
  );

  return (
    <QueryState result={result} label="Loading your sessions">
      {({ mySupervisedSessions: { edges, pageInfo } }) => {
        const sessions = edges.map((edge) => edge.node);
        if (sessions.length === 0) {
          return <p>You have recorded no supervised session yet.</p>;
        }
        const counts = countsByProgram(sessions);
        return (
          <>
            <div className="table-wrap" role="region" aria-label="Sessions by program" tabIndex={0}>
              <table className="data">
                <caption className="sr-only">Sessions by program</caption>
                <thead>
                  <tr>
                    <th scope="col">Program</th>
                    <th scope="col">Counted</th>
                    <th scope="col">Waiting</th>
                    <th scope="col">Rejected</th>
                  </tr>
                </thead>
                <tbody>
                  {counts.map((count) => (
                    <tr key={count.programId}>
                      <th scope="row">{titles.get(count.programId) ?? 'A program'}</th>
                      <td>
                        {required.get(count.programId)
                          ? `${count.confirmed} of ${required.get(count.programId)}`
                          : count.confirmed}
                      </td>
                      <td>{count.pending}</td>
                      <td>{count.rejected}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {pageInfo.hasNextPage && (
              <p className="muted">
                Counted over the {plural(sessions.length, 'session')} shown; show more to count the
                rest.
              </p>
            )}
            <div className="actions">
              <Button
                variant="secondary"
                busy={busyUrl === CSV_PATH}
                busyLabel="Preparing the CSV"
                onClick={() => void download(CSV_PATH, 'supervised-sessions.csv')}
              >
                Download CSV
              </Button>
              <span className="muted">
                Confirmed sessions only, each with the supervisor&apos;s license as it stood when
                they confirmed it.
              </span>
            </div>
            {downloadError && <FormError message={downloadError} />}
            <ul className="steps" aria-label="My supervised sessions">
              {sessions.map((session) => (
                <li
                  key={session.id}
                  className="log-entry"
                  aria-label={`Session of ${date(session.sessionDate)}`}
                >
                  <p>
                    <strong>{date(session.sessionDate)}</strong>{' '}
                    <SessionStatusBadge status={session.status} /> ·{' '}
                    {titles.get(session.programId) ?? 'A program'}
                  </p>
                  <SessionDetails session={session} />
                </li>
              ))}
            </ul>
            <ShowMore
              more={more}
              pageInfo={pageInfo}
              label="Show more sessions"
              errorTitle="Could not load more sessions"
            />
          </>
        );
      }}
    </QueryState>
  );
}
