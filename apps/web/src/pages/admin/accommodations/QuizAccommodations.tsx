import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { dateTime } from '../../../ui/format';
import { GrantAccommodationForm } from './GrantAccommodationForm';

const QuizAccommodationsDocument = graphql(`
  query AdminQuizAccommodations($quizId: ID!) {
    quiz(id: $quizId) {
      id
      title
      maxAttempts
      timeLimitSeconds
    }
    quizAccommodations(quizId: $quizId) {
      id
      userId
      learnerName
      extraAttempts
      extraTimePercent
      reason
      grantedAt
    }
  }
`);

/** The quiz's accommodations so far, and the form to grant (or replace) one. */
export function QuizAccommodations({ quizId }: { quizId: string }) {
  const result = useQuery(QuizAccommodationsDocument, { variables: { quizId } });
  return (
    <QueryState result={result} label="Loading the quiz’s accommodations">
      {({ quiz, quizAccommodations }) => (
        <>
          <section className="section" aria-labelledby="granted-title">
            <h2 id="granted-title">Accommodations on {quiz.title}</h2>
            <p className="muted">
              The quiz allows {quiz.maxAttempts ?? 'unlimited'} attempts and is{' '}
              {quiz.timeLimitSeconds
                ? `timed at ${Math.round(quiz.timeLimitSeconds / 60)} minutes`
                : 'untimed'}
              .
            </p>
            {quizAccommodations.length === 0 ? (
              <p>No learner has an accommodation on this quiz.</p>
            ) : (
              <div className="table-wrap" role="region" aria-label="Accommodations" tabIndex={0}>
                <table className="data">
                  <caption className="sr-only">Accommodations on {quiz.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Learner</th>
                      <th scope="col">Extra attempts</th>
                      <th scope="col">Extra time</th>
                      <th scope="col">Reason</th>
                      <th scope="col">Granted</th>
                    </tr>
                  </thead>
                  <tbody>
                    {quizAccommodations.map((grant) => (
                      <tr key={grant.id}>
                        <th scope="row">{grant.learnerName}</th>
                        <td>{grant.extraAttempts}</td>
                        <td>{grant.extraTimePercent}%</td>
                        <td className="pre-wrap">{grant.reason}</td>
                        <td>{dateTime(grant.grantedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="section" aria-labelledby="grant-title">
            <h2 id="grant-title">Grant an accommodation</h2>
            <GrantAccommodationForm quizId={quiz.id} />
          </section>
        </>
      )}
    </QueryState>
  );
}
