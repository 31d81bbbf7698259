import type { AttemptFieldsFragment, QuizPageQuery } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { date } from '../../../ui/format';
import { hiddenReviewReason } from './policy';

type Quiz = QuizPageQuery['quiz'];

/** A submitted attempt: the score, then as much of the key as the quiz's review policy allows. */
export function AttemptReview({ attempt, quiz }: { attempt: AttemptFieldsFragment; quiz: Quiz }) {
  const result = attempt.result;
  if (!result) return null;
  return (
    <section className="section" aria-labelledby={`attempt-${attempt.id}`}>
      <h2 id={`attempt-${attempt.id}`}>
        Attempt {attempt.attemptNumber}: {result.scorePercent}%{' '}
        {result.passed ? <Badge tone="ok">Passed</Badge> : <Badge tone="danger">Not passed</Badge>}
      </h2>
      <p>
        {result.scorePoints} of {result.maxPoints} points; {quiz.passingScorePercent}% needed to
        pass.
        {attempt.submittedAt && ` Submitted ${date(attempt.submittedAt)}.`}
        {attempt.submittedLate && ' Graded after the time ran out, with the answers saved in time.'}
      </p>
      {!result.showsCorrectness && (
        <p className="muted">{hiddenReviewReason(quiz.reviewContent, quiz.reviewTiming)}</p>
      )}
      {result.showsCorrectness && (
        <ol className="plain-list">
          {attempt.questions.map((question, index) => {
            const review = question.review;
            const correctIds = new Set(review?.correctOptionIds ?? []);
            return (
              <li key={question.questionId} className="card question">
                <p>
                  <strong>Question {index + 1}.</strong>{' '}
                  {review?.correct ? (
                    <Badge tone="ok">Right</Badge>
                  ) : (
                    <Badge tone="danger">Wrong</Badge>
                  )}
                </p>
                <div
                  className="stem prose"
                  dangerouslySetInnerHTML={{ __html: question.stemHtml }}
                />
                <ul>
                  {question.options.map((option) => {
                    const chosen = question.selectedOptionIds.includes(option.id);
                    return (
                      <li key={option.id}>
                        {option.text}
                        {chosen && ' — your answer'}
                        {result.showsKey && correctIds.has(option.id) && ' — correct answer'}
                      </li>
                    );
                  })}
                </ul>
                {result.showsKey && review?.explanationHtml && (
                  <div
                    className="review prose"
                    dangerouslySetInnerHTML={{ __html: review.explanationHtml }}
                  />
                )}
                {result.showsKey && review?.reference && (
                  <p className="review muted">Source: {review.reference}</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
