import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { TeachLiveSessionsQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/errors';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import { plural } from '../../ui/format';
import { labPath } from '../lab/lab-paths';
import { KIND_WORDS, registrationWords, sessionTimes } from './live-session-words';
import { upcoming } from './upcoming';
import { ShowMore } from '../../ui/ShowMore';
import { useLoadMore } from '../../ui/useLoadMore';

const TeachLiveSessionsDocument = graphql(`
  query TeachLiveSessions($courseId: ID, $programId: ID, $after: String) {
    liveSessions(courseId: $courseId, programId: $programId, first: 20, after: $after) {
      edges {
        node {
          id
          kind
          title
          venue
          joinUrl
          startsAt
          endsAt
          capacity
          instructors
          learnersPerInstructor
          seatsLeft
          waitlistLength
          cancelledAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CancelLiveSessionDocument = graphql(`
  mutation CancelLiveSession($id: ID!) {
    cancelLiveSession(id: $id) {
      id
      cancelledAt
    }
  }
`);

type OrganisedSession = TeachLiveSessionsQuery['liveSessions']['edges'][number]['node'];

/** A course's upcoming sessions as its authors run them: registrations, and cancelling. */
/** The sessions of one course or of one program (its labs for the hands-on part). */
export function OrganiserSessions(owner: { courseId: string } | { programId: string }) {
  const result = useQuery(TeachLiveSessionsDocument, { variables: owner });

  const more = useLoadMore((after) =>
    result.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        liveSessions: {
          ...fetchMoreResult.liveSessions,
          edges: [...previous.liveSessions.edges, ...fetchMoreResult.liveSessions.edges],
        },
      }),
    }),
  );

  return (
    <QueryState result={result} label="Loading the sessions">
      {({ liveSessions }) => {
        const shown = upcoming(liveSessions.edges.map((edge) => edge.node));
        return (
          <>
            {shown.length === 0 ? (
              <p role="status">No upcoming session of this course yet.</p>
            ) : (
              <ul className="cards wide" aria-label="Scheduled sessions">
                {shown.map((session) => (
                  <OrganisedSessionCard key={session.id} session={session} />
                ))}
              </ul>
            )}
            <ShowMore
              more={more}
              pageInfo={liveSessions.pageInfo}
              label="Show more sessions"
              errorTitle="Could not load more sessions"
            />
          </>
        );
      }}
    </QueryState>
  );
}

function OrganisedSessionCard({ session }: { session: OrganisedSession }) {
  const [cancel, { loading }] = useMutation(CancelLiveSessionDocument);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const started = Date.parse(session.startsAt) <= Date.now();

  async function onConfirm() {
    setError(undefined);
    try {
      await cancel({ variables: { id: session.id } });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <li className="card live-session">
      <p>
        <Badge tone="info">{KIND_WORDS[session.kind]}</Badge>{' '}
        {session.cancelledAt && <Badge tone="danger">Cancelled</Badge>}
      </p>
      <h3>{session.title}</h3>
      <dl className="live-facts">
        <div>
          <dt>When</dt>
          <dd>{sessionTimes(session.startsAt, session.endsAt)}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{session.venue ?? session.joinUrl}</dd>
        </div>
        <div>
          <dt>Staffing</dt>
          <dd>
            {plural(session.instructors, 'instructor')}, at most{' '}
            {plural(session.learnersPerInstructor, 'learner')} each
          </dd>
        </div>
        <div>
          <dt>Registered</dt>
          <dd>{registrationWords(session)}</dd>
        </div>
      </dl>
      <FormError message={error} />
      {!session.cancelledAt && (
        <p>
          <Link to={labPath(session.id)}>Open the lab screen</Link> (check-in code, roster,
          practical exams)
        </p>
      )}
      {!session.cancelledAt && !started && (
        <div className="actions">
          <Button
            variant="danger"
            aria-label={`Cancel session: ${session.title}`}
            onClick={() => setConfirming(true)}
          >
            Cancel session
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Cancel this session?"
        confirmLabel="Cancel the session"
        busy={loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void onConfirm()}
      >
        {`“${session.title}” is cancelled for everyone: nobody can register any more, and the ${registrationWords(session).toLowerCase()} stay on record.`}
      </ConfirmDialog>
    </li>
  );
}
