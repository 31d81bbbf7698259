import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { hasRole, useAuth } from '../../auth/useAuth';
import { graphql } from '../../gql';
import { SelectField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { plural } from '../../ui/format';
import { LiveSessionCard } from './LiveSessionCard';
import { upcoming } from './upcoming';
import { ShowMore } from '../../ui/ShowMore';
import { useLoadMore } from '../../ui/useLoadMore';
import { viewerTimeZone } from './live-session-words';
import './live.css';

const LiveSessionsDocument = graphql(`
  query LiveSessions($courseId: ID, $after: String) {
    liveSessions(courseId: $courseId, first: 20, after: $after, upcoming: true) {
      edges {
        node {
          ...LiveSessionCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// The published courses, to filter by and to name each session's course (the catalog is
// small; a session of a course beyond the first hundred shows without its course's name).
const LiveCourseNamesDocument = graphql(`
  query LiveCourseNames {
    courses(first: 100) {
      edges {
        node {
          id
          currentVersion {
            id
            title
          }
        }
      }
    }
  }
`);

/** Upcoming labs and webinars, of every course or of one (`?course=<id>`, bookmarkable). */
export function LiveSessionsPage() {
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const courseId = params.get('course') || undefined;
  const result = useQuery(LiveSessionsDocument, { variables: { courseId } });
  const courses = useQuery(LiveCourseNamesDocument);
  const titles = new Map(
    (courses.data?.courses.edges ?? []).flatMap(({ node }) =>
      node.currentVersion ? [[node.id, node.currentVersion.title] as const] : [],
    ),
  );

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
    <Page
      title="Live sessions"
      lead="In-person labs and live webinars: take a seat, or a place on the waitlist when the seats are gone."
      actions={
        hasRole(user, 'INSTRUCTOR') && (
          <Link to="/teach/live" className="button button-secondary">
            Schedule a session
          </Link>
        )
      }
    >
      <p className="muted">Times are shown in your time zone, {viewerTimeZone()}.</p>
      <form className="form filters" role="search" aria-label="Filter live sessions">
        <SelectField
          label="Course"
          value={courseId ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            setParams(value ? { course: value } : {});
          }}
        >
          <option value="">Every course</option>
          {courseId && !titles.has(courseId) && (
            // A link to a course beyond the names loaded: keep it chosen, not "Every course".
            <option value={courseId}>The course you opened</option>
          )}
          {[...titles].map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </SelectField>
      </form>
      <section className="section" aria-labelledby="sessions-title" aria-busy={result.loading}>
        <h2 id="sessions-title">Upcoming sessions</h2>
        <QueryState result={result} label="Loading live sessions">
          {({ liveSessions }) => {
            const shown = upcoming(liveSessions.edges.map((edge) => edge.node));
            const hasMore = liveSessions.pageInfo.hasNextPage;
            return (
              <>
                {shown.length === 0 ? (
                  <p role="status">
                    {hasMore ? 'No upcoming session on this page.' : 'No upcoming session.'}
                  </p>
                ) : (
                  <>
                    <p className="sr-only" role="status">
                      {plural(shown.length, 'session')} shown
                    </p>
                    <ul className="cards wide">
                      {shown.map((session) => (
                        <LiveSessionCard
                          key={session.id}
                          session={session}
                          courseTitle={
                            courseId || !session.courseId ? undefined : titles.get(session.courseId)
                          }
                        />
                      ))}
                    </ul>
                  </>
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
      </section>
    </Page>
  );
}
