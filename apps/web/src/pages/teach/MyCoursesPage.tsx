import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { TeachMyCoursesQuery } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { NewCourseForm } from './NewCourseForm';
import { VersionStatusBadge } from '../../ui/VersionStatusBadge';
import './teach.css';

const TeachMyCoursesDocument = graphql(`
  query TeachMyCourses {
    myAuthoredCourses {
      id
      slug
      currentVersion {
        id
        number
        title
        status
      }
      openVersion {
        id
        number
        title
        status
        reviewComment
      }
    }
  }
`);

type AuthoredCourse = TeachMyCoursesQuery['myAuthoredCourses'][number];

export function MyCoursesPage() {
  const result = useQuery(TeachMyCoursesDocument);
  return (
    <Page
      title="My courses"
      lead="The courses you write. Edit a draft, submit it for review, and start a new version of a published course."
      actions={
        <a href="#new-course" className="button button-secondary">
          New course
        </a>
      }
    >
      <section className="section" aria-labelledby="courses-heading">
        <h2 id="courses-heading" className="sr-only">
          Courses
        </h2>
        <QueryState result={result} label="Loading your courses">
          {(data) =>
            data.myAuthoredCourses.length === 0 ? (
              <div className="notice notice-info">
                <p className="notice-title">No courses yet</p>
                <p>Create your first course below: it starts as a draft only you can see.</p>
              </div>
            ) : (
              <ul className="cards">
                {data.myAuthoredCourses.map((course) => (
                  <CourseCard key={course.id} course={course} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <section className="section" aria-labelledby="new-course">
        <h2 id="new-course" tabIndex={-1}>
          New course
        </h2>
        <NewCourseForm />
      </section>
    </Page>
  );
}

function CourseCard({ course }: { course: AuthoredCourse }) {
  const open = course.openVersion;
  const current = course.currentVersion;
  const title = open?.title ?? current?.title ?? course.slug;
  return (
    <li className="card">
      <h3>
        <Link to={`/teach/courses/${course.slug}`}>{title}</Link>
      </h3>
      <ul className="meta" aria-label="Versions">
        {current && (
          <li>
            Version {current.number} <VersionStatusBadge status={current.status} />
          </li>
        )}
        {open && (
          <li>
            Version {open.number}{' '}
            <VersionStatusBadge status={open.status} sentBack={open.reviewComment !== null} />
          </li>
        )}
      </ul>
      <div className="actions">
        {open ? (
          <Link
            to={`/teach/versions/${open.id}`}
            className="button button-primary"
            aria-label={`${open.status === 'DRAFT' ? 'Edit draft' : 'View version in review'}: ${title}`}
          >
            {open.status === 'DRAFT' ? 'Edit draft' : 'View version in review'}
          </Link>
        ) : (
          current && (
            <Link
              to={`/teach/courses/${course.slug}`}
              className="button button-secondary"
              aria-label={`Start a new version: ${title}`}
            >
              Start a new version
            </Link>
          )
        )}
      </div>
    </li>
  );
}
