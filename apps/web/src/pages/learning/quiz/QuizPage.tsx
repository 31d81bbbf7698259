import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../graphql/errors';
import type { AttemptFieldsFragment, QuizPageQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { FormError } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { duration } from '../../catalog/format';
import { AttemptForm } from './AttemptForm';
import { AttemptReview } from './AttemptReview';
import { QuizPageDocument, StartAttemptDocument } from './documents';

export function QuizPage() {
  const { enrollmentId = '', quizId = '' } = useParams();
  // Network first: after a reload the attempt in progress must come back with every answer saved.
  const result = useQuery(QuizPageDocument, { variables: { quizId }, fetchPolicy: 'network-only' });
  return (
    <QueryState result={result} label="Loading the quiz">
      {(data) => (
        <Quiz data={data} enrollmentId={enrollmentId} refetch={() => void result.refetch()} />
      )}
    </QueryState>
  );
}

function Quiz({
  data,
  enrollmentId,
  refetch,
}: {
  data: QuizPageQuery;
  enrollmentId: string;
  refetch: () => void;
}) {
  const { quiz } = data;
  const [attempts, setAttempts] = useState<AttemptFieldsFragment[]>(data.myQuizAttempts);
  const [startAttempt, { loading: starting }] = useMutation(StartAttemptDocument);
  const [error, setError] = useState<string>();

  const inProgress = attempts.find((attempt) => attempt.status === 'IN_PROGRESS');
  const submitted = attempts.filter((attempt) => attempt.status === 'SUBMITTED').reverse();
  const passed = submitted.some((attempt) => attempt.result?.passed);
  const attemptsLeft = quiz.maxAttempts === null ? null : quiz.maxAttempts - attempts.length;
  const canStart = !inProgress && !passed && (attemptsLeft === null || attemptsLeft > 0);

  async function start() {
    setError(undefined);
    try {
      const { data: started } = await startAttempt({ variables: { quizId: quiz.id } });
      if (started) setAttempts((current) => [...current, started.startQuizAttempt]);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  function onSubmitted(attempt: AttemptFieldsFragment) {
    setAttempts((current) => current.map((a) => (a.id === attempt.id ? attempt : a)));
    refetch();
    document.getElementById('page-title')?.focus();
  }

  return (
    <Page title={quiz.title} lead={quiz.isFinalExam ? 'Final exam' : 'Module quiz'}>
      <p>
        <Link to={`/learning/${enrollmentId}`}>← Course overview</Link>
      </p>
      {inProgress ? (
        <AttemptForm key={inProgress.id} attempt={inProgress} onSubmitted={onSubmitted} />
      ) : (
        <>
          <ul className="meta">
            <li>{quiz.questionsPerAttempt} questions</li>
            <li>{quiz.passingScorePercent}% to pass</li>
            <li>
              {quiz.timeLimitSeconds
                ? `Time limit ${duration(Math.ceil(quiz.timeLimitSeconds / 60))}`
                : 'No time limit'}
            </li>
            <li>
              {attemptsLeft === null
                ? 'Unlimited attempts'
                : `${attemptsLeft} of ${quiz.maxAttempts} attempts left`}
            </li>
          </ul>
          {passed && (
            <p className="notice notice-ok" role="status">
              ✓ You passed this quiz.
            </p>
          )}
          <FormError message={error} />
          {canStart && (
            <p>
              <Button onClick={() => void start()} busy={starting} busyLabel="Starting">
                {attempts.length === 0 ? 'Start the quiz' : 'Try again'}
              </Button>
            </p>
          )}
          {quiz.timeLimitSeconds && canStart && (
            <p className="muted">
              The timer starts when you start, and keeps running if you leave the page.
            </p>
          )}
          {submitted.map((attempt) => (
            <AttemptReview key={attempt.id} attempt={attempt} quiz={quiz} />
          ))}
        </>
      )}
    </Page>
  );
}
