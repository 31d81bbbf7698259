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
    credentialPrograms {
      id
      title
      courses {
        id
      }
    }
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
        {(data) => (
          <LiveSessionsOfCourses
            courses={courseOptions(data.myAuthoredCourses)}
            programs={authoredPrograms(data)}
          />
        )}
      </QueryState>
    </Page>
  );
}

/**
 * The programs with a course this instructor writes: their authors run the program's labs
 * (the API lets them), which belong to the program, not to one course.
 */
function authoredPrograms(data: TeachLiveCoursesQuery): CourseOption[] {
  const mine = new Set(data.myAuthoredCourses.map((course) => course.id));
  return data.credentialPrograms
    .filter((program) => program.courses.some((course) => mine.has(course.id)))
    .map((program) => ({ id: program.id, title: program.title }));
}

function LiveSessionsOfCourses({
  courses,
  programs,
}: {
  courses: CourseOption[];
  programs: CourseOption[];
}) {
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
  const wantedProgram = params.get('program');
  const programId = programs.some((program) => program.id === wantedProgram) ? wantedProgram : null;
  const show = (id: string) => setParams({ course: id });
  // One picker for both: "program:<id>" tells a program from a course.
  const pick = (value: string) =>
    setParams(
      value.startsWith('program:')
        ? { program: value.slice('program:'.length) }
        : { course: value },
    );
  return (
    <>
      <section className="section" aria-labelledby="your-sessions">
        <h2 id="your-sessions">Your sessions</h2>
        <p className="muted">Times are shown in your time zone, {viewerTimeZone()}.</p>
        <div className="form live-course-picker">
          <SelectField
            label="Sessions of"
            value={programId ? `program:${programId}` : courseId}
            onChange={(event) => pick(event.target.value)}
          >
            <optgroup label="Courses">
              {courses.map((course) => (
                <option key={course.id} value={course.id}>
                  {course.title}
                </option>
              ))}
            </optgroup>
            {programs.length > 0 && (
              <optgroup label="Programs (their labs)">
                {programs.map((program) => (
                  <option key={program.id} value={`program:${program.id}`}>
                    {program.title}
                  </option>
                ))}
              </optgroup>
            )}
          </SelectField>
        </div>
        {programId ? (
          <OrganiserSessions programId={programId} />
        ) : (
          <OrganiserSessions courseId={courseId} />
        )}
      </section>
      <section className="section" aria-labelledby="schedule">
        <h2 id="schedule">Schedule a live session</h2>
        <ScheduleLiveSessionForm courses={courses} courseId={courseId} onScheduled={show} />
      </section>
    </>
  );
}
