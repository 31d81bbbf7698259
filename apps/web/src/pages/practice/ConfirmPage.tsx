import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { PracticeNav } from './PracticeNav';
import { QualificationForm } from './QualificationForm';
import { SessionDecision } from './SessionDecision';
import { ShowMore } from '../../ui/ShowMore';
import { useLoadMore } from '../../ui/useLoadMore';

const SessionsToConfirmDocument = graphql(`
  query SessionsToConfirm($after: String) {
    sessionsToConfirm(first: 50, after: $after) {
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

/** The supervisor's side: the sessions that name them, and their qualification. */
export function ConfirmPage() {
  const result = useQuery(SessionsToConfirmDocument);
  const [decided, setDecided] = useState<string | null>(null);
  const more = useLoadMore((after) =>
    result.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        sessionsToConfirm: {
          ...fetchMoreResult.sessionsToConfirm,
          edges: [...previous.sessionsToConfirm.edges, ...fetchMoreResult.sessionsToConfirm.edges],
        },
      }),
    }),
  );

  return (
    <Page
      title="Sessions to confirm"
      lead="Learners you supervised name you on each session they log. Confirm what you saw; reject what you did not, with a reason."
    >
      <PracticeNav />
      <section className="section" aria-labelledby="waiting-title">
        <h2 id="waiting-title">Waiting for you</h2>
        <div role="status">{decided && <p className="notice notice-ok">{decided}</p>}</div>
        <QueryState result={result} label="Loading the sessions">
          {({ sessionsToConfirm: { edges, pageInfo } }) =>
            edges.length === 0 ? (
              <p>No session waits for you.</p>
            ) : (
              <>
                <ul className="steps" aria-label="Sessions to confirm">
                  {edges.map(({ node }) => (
                    <SessionDecision key={node.id} session={node} onDecided={setDecided} />
                  ))}
                </ul>
                <ShowMore
                  more={more}
                  pageInfo={pageInfo}
                  label="Show more sessions"
                  errorTitle="Could not load more sessions"
                />
              </>
            )
          }
        </QueryState>
      </section>
      <section className="section" aria-labelledby="qualification-title">
        <h2 id="qualification-title">Your qualification as a supervisor</h2>
        <p>
          Each confirmation keeps a copy of it, printed on the learner&apos;s log for the board.
          Once it is recorded, a learner whose program does not list you can name you by your email.
        </p>
        <QualificationForm />
      </section>
    </Page>
  );
}
