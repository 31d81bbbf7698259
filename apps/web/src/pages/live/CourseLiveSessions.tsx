import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { graphql } from '../../gql';
import { LiveSessionCard } from './LiveSessionCard';
import { upcoming } from './upcoming';
import { viewerTimeZone } from './live-session-words';
import './live.css';

const CourseLiveSessionsDocument = graphql(`
  query CourseLiveSessions($courseId: ID!) {
    liveSessions(courseId: $courseId, first: 20, upcoming: true) {
      edges {
        node {
          ...LiveSessionCardFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/**
 * The course's upcoming labs and webinars, on its page. Only for a signed-in account (the API
 * lists sessions to accounts only); a course with none shows nothing, so a purely online
 * course's page is unchanged.
 */
export function CourseLiveSessions({ courseId }: { courseId: string }) {
  const { user } = useAuth();
  const { data } = useQuery(CourseLiveSessionsDocument, {
    variables: { courseId },
    skip: !user,
  });
  if (!user || !data) return null;
  const sessions = upcoming(data.liveSessions.edges.map((edge) => edge.node));
  if (sessions.length === 0) return null;
  return (
    <section className="section" aria-labelledby="live-sessions">
      <h2 id="live-sessions">Live sessions</h2>
      <p className="muted">Times are shown in your time zone, {viewerTimeZone()}.</p>
      <ul className="cards">
        {sessions.map((session) => (
          <LiveSessionCard key={session.id} session={session} />
        ))}
      </ul>
      {data.liveSessions.pageInfo.hasNextPage && (
        <p>
          <Link to={`/live?course=${encodeURIComponent(courseId)}`}>
            Every live session of this course
          </Link>
        </p>
      )}
    </section>
  );
}
