import type { QuizPageQuery } from '../../../gql/graphql';
import { attemptsLine, retakeWaitLine, reviewRule, timeLimitLine } from './policy';
import { plural } from '../../../ui/format';

type Quiz = QuizPageQuery['quiz'];

/** The rules of this quiz as they apply to the learner, before they start an attempt. */
export function QuizPolicy({ quiz, attemptsUsed }: { quiz: Quiz; attemptsUsed: number }) {
  const mine = quiz.viewerPolicy ?? quiz;
  const wait = retakeWaitLine(quiz.viewerPolicy?.retakeWaitMinutes ?? quiz.retakeWaitMinutes);
  return (
    <>
      <ul className="meta">
        <li>{plural(quiz.questionsPerAttempt, 'question')}</li>
        <li>{quiz.passingScorePercent}% to pass</li>
        <li>{timeLimitLine(quiz, mine)}</li>
        <li>{attemptsLine(quiz, mine, attemptsUsed)}</li>
      </ul>
      <p className="muted">
        {wait && `${wait} `}
        {reviewRule(quiz.reviewContent, quiz.reviewTiming)}
      </p>
    </>
  );
}
