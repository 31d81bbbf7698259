import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';

const AccommodationQuizzesDocument = graphql(`
  query AdminAccommodationQuizzes($slug: String!) {
    course(slug: $slug) {
      id
      slug
      currentVersion {
        id
        title
        number
        quizzes {
          id
          title
          isFinalExam
          maxAttempts
          timeLimitSeconds
        }
      }
    }
  }
`);

/** The quizzes of the course's published version, each with its limits. */
export function CourseQuizzes({ slug }: { slug: string }) {
  const result = useQuery(AccommodationQuizzesDocument, { variables: { slug } });
  return (
    <QueryState result={result} label="Loading the course’s quizzes">
      {({ course }) => {
        const version = course.currentVersion;
        if (!version) return <p>This course has no published version.</p>;
        return (
          <section className="section" aria-labelledby="quizzes-title">
            <h2 id="quizzes-title">
              Quizzes of {version.title}, version {version.number}
            </h2>
            {version.quizzes.length === 0 ? (
              <p>This version has no quizzes.</p>
            ) : (
              <ul className="steps">
                {version.quizzes.map((quiz) => (
                  <li key={quiz.id}>
                    <span>
                      {quiz.title}
                      {quiz.isFinalExam && ' (final exam)'}{' '}
                      <span className="muted">
                        · {quiz.maxAttempts ?? 'unlimited'} attempts ·{' '}
                        {quiz.timeLimitSeconds
                          ? `${Math.round(quiz.timeLimitSeconds / 60)} min`
                          : 'untimed'}
                      </span>
                    </span>
                    <Link
                      to={`/admin/accommodations?${new URLSearchParams({ course: course.slug, quiz: quiz.id }).toString()}`}
                      aria-label={`Accommodations on ${quiz.title}`}
                    >
                      Accommodations
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      }}
    </QueryState>
  );
}
