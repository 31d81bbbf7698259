import { useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import '../admin.css';
import { CourseQuizzes } from './CourseQuizzes';
import { QuizAccommodations } from './QuizAccommodations';

const AccommodationCoursesDocument = graphql(`
  query AdminAccommodationCourses($search: String) {
    courses(search: $search, first: 50) {
      edges {
        node {
          id
          slug
          currentVersion {
            id
            title
          }
        }
      }
    }
  }
`);

/**
 * Extra attempts or time for one learner on one quiz, with the reason (kept and audited):
 * choose a published course, then its quiz, then the learner.
 */
export function AccommodationsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const slug = params.get('course');
  const quizId = params.get('quiz');

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setParams(typed ? { q: typed } : {});
  }

  return (
    <Page
      title="Quiz accommodations"
      lead="Grant a learner extra attempts or extra time on a quiz, with the reason. The grant is kept with the quiz and in the audit log."
    >
      {slug && quizId ? (
        <>
          <p>
            <Link to={`/admin/accommodations?${new URLSearchParams({ course: slug }).toString()}`}>
              Choose another quiz
            </Link>
          </p>
          <QuizAccommodations quizId={quizId} />
        </>
      ) : slug ? (
        <>
          <p>
            <Link to="/admin/accommodations">Choose another course</Link>
          </p>
          <CourseQuizzes slug={slug} />
        </>
      ) : (
        <>
          <form
            className="form narrow"
            role="search"
            aria-label="Find a course"
            onSubmit={onSearch}
          >
            <TextField
              key={search}
              label="Course"
              name="q"
              type="search"
              defaultValue={search}
              hint="Words in the title or summary of a published course"
            />
            <div className="actions">
              <Button type="submit">Search</Button>
            </div>
          </form>
          <CourseChoices search={search} />
        </>
      )}
    </Page>
  );
}

function CourseChoices({ search }: { search: string }) {
  const result = useQuery(AccommodationCoursesDocument, {
    variables: { search: search || null },
  });
  return (
    <section className="section" aria-labelledby="courses-title">
      <h2 id="courses-title">Published courses</h2>
      <QueryState result={result} label="Loading courses">
        {({ courses }) =>
          courses.edges.length === 0 ? (
            <p>No published course matches.</p>
          ) : (
            <ul className="steps">
              {courses.edges.map(({ node }) => {
                const title = node.currentVersion?.title ?? node.slug;
                return (
                  <li key={node.id}>
                    <span>{title}</span>
                    <Link
                      to={`/admin/accommodations?${new URLSearchParams({ course: node.slug }).toString()}`}
                      aria-label={`Quizzes of ${title}`}
                    >
                      Quizzes
                    </Link>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
