import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { TeachLiveCoursesQuery } from '../../gql/graphql';
import { SelectField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { viewerTimeZone } from './live-session-words';
import { OrganiserSessions } from './OrganiserSessions';
import { ScheduleLiveSessionForm, type CourseOption } from './ScheduleLiveSessionForm';
import './live.css';

const TeachLiveCoursesDocument = graphql(`
  query TeachLiveCourses {
    myAuthoredCourses {
      id
      slug
      currentVersion {
        id
        title
      }
      openVersion {
        id
        title
      }
    }
  }
`);

function courseOptions(courses: TeachLiveCoursesQuery['myAuthoredCourses']): CourseOption[] {
  return courses.map((course) => ({
    id: course.id,
    title: course.currentVersion?.title ?? course.openVersion?.title ?? course.slug,
  }));
}

/**
 * An instructor's live sessions: those of one of their courses (`?course=<id>`), and the
 * form to schedule another. A course's authors organise its sessions together, so the list
 * shows every session of the course, whoever of them scheduled it.
 */
export function TeachLivePage() {
  const result = useQuery(TeachLiveCoursesDocument);
  return (
    <Page
      title="Live sessions"
      lead="Schedule in-person labs and live webinars for your courses, and follow their registrations."
      actions={
        <Link to="/live" className="button button-secondary">
          Sessions as learners see them
        </Link>
      }
    >
      <QueryState result={result} label="Loading your courses">
        {(data) => <LiveSessionsOfCourses courses={courseOptions(data.myAuthoredCourses)} />}
      </QueryState>
    </Page>
  );
}

function LiveSessionsOfCourses({ courses }: { courses: CourseOption[] }) {
  const [params, setParams] = useSearchParams();
  if (courses.length === 0) {
    return (
      <div className="notice notice-info">
        <p className="notice-title">No courses yet</p>
        <p>Live sessions belong to a course: write one under My courses first.</p>
      </div>
    );
  }
  const wanted = params.get('course');
  const courseId = courses.some((course) => course.id === wanted) ? wanted! : courses[0]!.id;
  const show = (id: string) => setParams({ course: id });
  return (
    <>
      <section className="section" aria-labelledby="your-sessions">
        <h2 id="your-sessions">Your sessions</h2>
        <p className="muted">Times are shown in your time zone, {viewerTimeZone()}.</p>
        <div className="form live-course-picker">
          <SelectField
            label="Sessions of"
            value={courseId}
            onChange={(event) => show(event.target.value)}
          >
            {courses.map((course) => (
              <option key={course.id} value={course.id}>
                {course.title}
              </option>
            ))}
          </SelectField>
        </div>
        <OrganiserSessions courseId={courseId} />
      </section>
      <section className="section" aria-labelledby="schedule">
        <h2 id="schedule">Schedule a live session</h2>
        <ScheduleLiveSessionForm courses={courses} courseId={courseId} onScheduled={show} />
      </section>
    </>
  );
}
