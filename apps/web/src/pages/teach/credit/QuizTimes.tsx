import type { CreditReportFieldsFragment } from '../../../gql/graphql';
import { TableWrap } from '../TableWrap';
import { minutesText } from './credit-format';

/** The time each quiz adds: the questions one attempt draws, at the rate per question. */
export function QuizTimes({ report }: { report: Pick<CreditReportFieldsFragment, 'quizzes'> }) {
  if (report.quizzes.length === 0) {
    return <p>No quiz yet: credit needs an assessment of the course’s objectives.</p>;
  }
  return (
    <TableWrap label="Quiz time">
      <table className="data">
        <caption className="sr-only">Questions each quiz draws and the time they add</caption>
        <thead>
          <tr>
            <th scope="col">Quiz</th>
            <th scope="col">Questions drawn</th>
            <th scope="col">Minutes</th>
          </tr>
        </thead>
        <tbody>
          {report.quizzes.map((quiz) => (
            <tr key={quiz.quizId}>
              <th scope="row">{quiz.title}</th>
              <td>{quiz.questionsDrawn}</td>
              <td>{minutesText(quiz.minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
