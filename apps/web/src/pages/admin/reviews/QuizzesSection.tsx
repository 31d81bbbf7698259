import { graphql } from '../../../gql';
import type { ReviewQuizzesFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';

// Spread into the version's query (AdminReviewVersion); typed here by what it selects.
graphql(`
  fragment ReviewQuizzes on CourseVersion {
    quizzes {
      id
      title
      isFinalExam
      passingScorePercent
      questionsPerAttempt
      timeLimitSeconds
      maxAttempts
      scoring
      bank {
        id
        title
      }
    }
    questionBanks {
      id
      title
      questions {
        id
        position
        type
        stemMarkdown
        objectiveTag
        reference
        explanationMarkdown
        options {
          id
          position
          text
          isCorrect
        }
      }
    }
  }
`);

/** Quiz settings and every question with its key: what a reviewer must check for accuracy. */
export function QuizzesSection({ version }: { version: ReviewQuizzesFragment }) {
  const { quizzes, questionBanks } = version;
  return (
    <section className="section" aria-labelledby="quizzes-title">
      <h2 id="quizzes-title">Quizzes and questions</h2>
      {quizzes.length === 0 ? (
        <p>This version has no quizzes.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="sr-only">Quiz settings</caption>
            <thead>
              <tr>
                <th scope="col">Quiz</th>
                <th scope="col">Pass mark</th>
                <th scope="col">Questions drawn</th>
                <th scope="col">Time limit</th>
                <th scope="col">Attempts</th>
                <th scope="col">Bank</th>
              </tr>
            </thead>
            <tbody>
              {quizzes.map((quiz) => (
                <tr key={quiz.id}>
                  <th scope="row">
                    {quiz.title}
                    {quiz.isFinalExam && ' (final exam)'}
                  </th>
                  <td>{quiz.passingScorePercent}%</td>
                  <td>{quiz.questionsPerAttempt}</td>
                  <td>
                    {quiz.timeLimitSeconds
                      ? `${Math.round(quiz.timeLimitSeconds / 60)} min`
                      : 'None'}
                  </td>
                  <td>{quiz.maxAttempts ?? 'Unlimited'}</td>
                  <td>{quiz.bank?.title ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {questionBanks.map((bank) => (
        <details key={bank.id} className="review-bank">
          <summary>
            {bank.title} <span className="muted">({bank.questions.length} questions)</span>
          </summary>
          <ol>
            {bank.questions.map((question) => (
              <li key={question.id} className="review-question">
                <p className="pre-wrap">{question.stemMarkdown}</p>
                <ul className="plain-list">
                  {question.options.map((option) => (
                    <li key={option.id}>
                      {option.isCorrect ? <Badge tone="ok">Correct</Badge> : <Badge>Wrong</Badge>}{' '}
                      {option.text}
                    </li>
                  ))}
                </ul>
                <p className="muted">
                  Objective: {question.objectiveTag} · Reference: {question.reference}
                </p>
                <p className="pre-wrap">Explanation: {question.explanationMarkdown}</p>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
