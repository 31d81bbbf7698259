import { graphql } from '../../../gql';
import type { ReviewQuizzesFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { BankChecks } from '../../teach/credit/BankChecks';
import { ItemWarnings } from '../../teach/credit/ItemWarnings';
import { retakeSentence } from '../../teach/blueprint-draft';
import { plural } from '../../../ui/format';

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
      retakeWaitMinutes
      scoring
      bank {
        id
        title
      }
      blueprint {
        objective
        count
      }
      blueprintPlan {
        freshAttempts
        retakesMayRepeat
        problems
      }
    }
    questionBanks {
      id
      title
      checks {
        ...BankChecksFields
      }
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
                <th scope="col">Draw</th>
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
                  <td>
                    {quiz.maxAttempts ?? 'Unlimited'}
                    {quiz.retakeWaitMinutes > 0 && `, ${quiz.retakeWaitMinutes} min between`}
                  </td>
                  <td>
                    {quiz.blueprint ? 'Author’s blueprint' : 'Shared out by the bank'}
                    {quiz.blueprintPlan && (
                      <>
                        {quiz.blueprintPlan.problems.length > 0 && (
                          <>
                            {' '}
                            <Badge tone="danger">
                              Cannot be drawn: {quiz.blueprintPlan.problems.join('; ')}
                            </Badge>
                          </>
                        )}
                        <br />
                        {retakeSentence(quiz.blueprintPlan, quiz.maxAttempts)}
                      </>
                    )}
                  </td>
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
            {bank.title}{' '}
            <span className="muted">({plural(bank.questions.length, 'question')})</span>{' '}
            {bank.checks.findings.some((finding) => finding.limit) ? (
              <Badge tone="danger">Over an item-writing limit</Badge>
            ) : bank.checks.items.some((item) => item.warnings.length > 0) ? (
              <Badge tone="warn">Item warnings</Badge>
            ) : null}
          </summary>
          <BankChecks checks={bank.checks} headingLevel={3} />
          <ol>
            {bank.questions.map((question) => (
              <li key={question.id} className="review-question">
                <ItemWarnings
                  warnings={
                    bank.checks.items.find((item) => item.questionId === question.id)?.warnings
                  }
                />
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
