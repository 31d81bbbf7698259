import { Link } from 'react-router';
import type { CreditReportFieldsFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { TableWrap } from '../TableWrap';
import { minutesText } from './credit-format';

type Lesson = CreditReportFieldsFragment['lessons'][number];

/** What each lesson's estimate rests on: its word count, or a pilot that still counts. */
export function estimateBasis(lesson: Lesson): string {
  if (lesson.source === 'PILOT' && lesson.pilot) {
    return `Pilot: ${lesson.pilot.testers} testers, median ${minutesText(lesson.pilot.medianMinutes)}`;
  }
  if (lesson.pilot?.stale) return 'Word count (the pilot is stale: the text changed after it)';
  return 'Word count';
}

/** Each lesson's words, estimate, required seat time and the most it may require. */
export function LessonTimes({
  report,
  lessonLink,
}: {
  report: Pick<CreditReportFieldsFragment, 'lessons'>;
  lessonLink?: (lessonId: string) => string;
}) {
  if (report.lessons.length === 0) return <p>No lessons yet.</p>;
  return (
    <TableWrap label="Lesson time">
      <table className="data credit-lessons">
        <caption className="sr-only">Each lesson’s estimate and required seat time</caption>
        <thead>
          <tr>
            <th scope="col">Lesson</th>
            <th scope="col">Words</th>
            <th scope="col">Estimate</th>
            <th scope="col">Based on</th>
            <th scope="col">Required seat time</th>
            <th scope="col">Most it may require</th>
          </tr>
        </thead>
        <tbody>
          {report.lessons.map((lesson) => {
            const over = lesson.seatTimeMinutes > lesson.maxSeatTimeMinutes;
            return (
              <tr key={lesson.lessonId}>
                <th scope="row">
                  {lessonLink ? (
                    <Link to={lessonLink(lesson.lessonId)}>{lesson.title}</Link>
                  ) : (
                    lesson.title
                  )}
                </th>
                <td>{lesson.words}</td>
                <td>{minutesText(lesson.estimateMinutes)}</td>
                <td>{estimateBasis(lesson)}</td>
                <td className={over ? 'credit-flagged' : undefined}>
                  {lesson.seatTimeMinutes} min {over && <Badge tone="danger">Too long</Badge>}
                </td>
                <td>{lesson.maxSeatTimeMinutes} min</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
