import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { SelectField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { BoardReportingSettingsForm } from './BoardReportingSettingsForm';
import { BoardReportSection } from './BoardReportSection';

const BoardReportingCoursesDocument = graphql(`
  query BoardReportingCourses {
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

/**
 * A course's reporting to CE Broker: its settings, its completions by status, the roster
 * export and CE Broker's answers. The course is `?course=<id>` (an admin who also teaches opens
 * any course so), by default the first one the instructor writes.
 */
export function BoardReportingPage() {
  const result = useQuery(BoardReportingCoursesDocument);
  const [params, setParams] = useSearchParams();
  return (
    <Page
      title="Board reporting"
      lead="Report your courses' completions to CE Broker, where boards such as Mississippi's check their licensees' continuing education."
    >
      <QueryState result={result} label="Loading your courses">
        {({ myAuthoredCourses }) => {
          const courses = myAuthoredCourses.map((course) => ({
            id: course.id,
            title: course.currentVersion?.title ?? course.openVersion?.title ?? course.slug,
          }));
          const wanted = params.get('course');
          const courseId = wanted ?? courses[0]?.id;
          if (!courseId) {
            return (
              <div className="notice notice-info">
                <p className="notice-title">No courses yet</p>
                <p>Board reporting belongs to a course: write one under My courses first.</p>
              </div>
            );
          }
          return (
            <>
              {courses.length > 0 && (
                <div className="form">
                  <SelectField
                    label="Course"
                    value={courseId}
                    onChange={(event) => setParams({ course: event.target.value })}
                  >
                    {!courses.some((course) => course.id === courseId) && (
                      <option value={courseId}>The course you opened</option>
                    )}
                    {courses.map((course) => (
                      <option key={course.id} value={course.id}>
                        {course.title}
                      </option>
                    ))}
                  </SelectField>
                </div>
              )}
              <section className="section" aria-labelledby="reporting-settings">
                <h2 id="reporting-settings">CE Broker settings</h2>
                <BoardReportingSettingsForm key={courseId} courseId={courseId} />
              </section>
              <section className="section" aria-labelledby="reported-completions">
                <h2 id="reported-completions">Completions</h2>
                <BoardReportSection courseId={courseId} />
              </section>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
