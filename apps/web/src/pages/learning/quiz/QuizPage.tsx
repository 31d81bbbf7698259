import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../graphql/errors';
import type { AttemptFieldsFragment, QuizPageQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { FormError } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { AttemptForm } from './AttemptForm';
import { AttemptReview } from './AttemptReview';
import { QuizPageDocument, StartAttemptDocument } from './documents';
import { QuizPolicy } from './QuizPolicy';
import { useRetakeWait } from './useRetakeWait';

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
  // What the learner just did here, so focus follows it: the questions, then the result.
  const [startedHere, setStartedHere] = useState(false);
  const [justSubmitted, setJustSubmitted] = useState<string | null>(null);
  const result = useRef<HTMLDivElement>(null);

  const inProgress = attempts.find((attempt) => attempt.status === 'IN_PROGRESS');
  const submitted = attempts.filter((attempt) => attempt.status === 'SUBMITTED').reverse();
  const passed = submitted.some((attempt) => attempt.result?.passed);
  // With any accommodation the learner was granted.
  const maxAttempts = quiz.viewerPolicy ? quiz.viewerPolicy.maxAttempts : quiz.maxAttempts;
  const attemptsLeft = maxAttempts === null ? null : maxAttempts - attempts.length;
  const wait = useRetakeWait(passed ? null : quiz.viewerPolicy?.nextAttemptAt, () =>
    setError(undefined),
  );
  const mayTry = !inProgress && !passed && (attemptsLeft === null || attemptsLeft > 0);
  const timed = (quiz.viewerPolicy ?? quiz).timeLimitSeconds !== null;

  async function start() {
    setError(undefined);
    try {
      const { data: started } = await startAttempt({ variables: { quizId: quiz.id } });
      if (started) {
        setStartedHere(true);
        setAttempts((current) => [...current, started.startQuizAttempt]);
      }
    } catch (caught) {
      // In the API's words (a retake wait says until when); the policy is fetched again so the
      // page shows the same.
      setError(errorMessage(caught));
      refetch();
    }
  }

  function onSubmitted(attempt: AttemptFieldsFragment) {
    setAttempts((current) => current.map((a) => (a.id === attempt.id ? attempt : a)));
    setJustSubmitted(attempt.id);
    refetch();
  }

  // The result is announced (role="status") and gets focus, scrolled into view: the form that
  // had focus is gone.
  useEffect(() => {
    if (!justSubmitted) return;
    result.current?.focus();
    result.current?.scrollIntoView({ block: 'start' });
  }, [justSubmitted]);
  const latest = submitted.find((attempt) => attempt.id === justSubmitted)?.result;

  return (
    <Page title={quiz.title} lead={quiz.isFinalExam ? 'Final exam' : 'Module quiz'}>
      <p>
        <Link to={`/learning/${enrollmentId}`}>← Course overview</Link>
      </p>
      {inProgress ? (
        <AttemptForm
          key={inProgress.id}
          attempt={inProgress}
          onSubmitted={onSubmitted}
          focusFirstQuestion={startedHere}
        />
      ) : (
        <>
          {latest && (
            <div
              ref={result}
              tabIndex={-1}
              role="status"
              className={`notice ${latest.passed ? 'notice-ok' : 'notice-warn'}`}
            >
              <p className="notice-title">
                Your score: {latest.scorePercent}% — {latest.passed ? 'passed' : 'not passed'}
              </p>
              <p>
                {latest.scorePoints} of {latest.maxPoints} points; {quiz.passingScorePercent}%
                needed to pass.
              </p>
            </div>
          )}
          <QuizPolicy quiz={quiz} attemptsUsed={attempts.length} />
          {passed && (
            <p className="notice notice-ok" role="status">
              ✓ You passed this quiz.
            </p>
          )}
          {!passed && attemptsLeft === 0 && (
            <p className="notice notice-warn" role="status">
              You have used every attempt this quiz allows.
            </p>
          )}
          {mayTry && wait && (
            <p className="notice notice-info" role="status">
              {wait}
            </p>
          )}
          <FormError message={error} />
          {mayTry && !wait && (
            <p>
              <Button onClick={() => void start()} busy={starting} busyLabel="Starting">
                {attempts.length === 0 ? 'Start the quiz' : 'Try again'}
              </Button>
            </p>
          )}
          {timed && mayTry && !wait && (
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
