import { graphql } from '../../../gql';
import type { ObservedTimeFieldsFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { TableWrap } from '../TableWrap';
import { observedRange } from './observed-time';

graphql(`
  fragment ObservedTimeFields on ObservedTime {
    completions
    minimumCompletions
    lessons {
      lessonId
      title
      requiredMinutes
      basis
      learners
      readers
      activeMedianMinutes
      activeQ1Minutes
      activeQ3Minutes
      readingMedianMinutes
      readingQ1Minutes
      readingQ3Minutes
      flag
    }
  }
`);

const FLAG: Record<string, string> = {
  UNDER: 'Under 70 % of the required time',
  OVER: 'Over 150 % of the required time',
};

/** Measured time against required time, once enough learners completed the version. */
export function ObservedTimeView({ observed }: { observed: ObservedTimeFieldsFragment }) {
  return (
    <>
      <h3>Observed time</h3>
      {observed.lessons.length === 0 ? (
        <p>
          {observed.completions} of the {observed.minimumCompletions} completions needed before
          measured time is shown.
        </p>
      ) : (
        <TableWrap label="Observed time">
          <table className="data">
            <caption className="sr-only">
              Measured time on each lesson against its required time ({observed.completions}{' '}
              completions)
            </caption>
            <thead>
              <tr>
                <th scope="col">Lesson</th>
                <th scope="col">Required</th>
                <th scope="col">Median (quartiles)</th>
                <th scope="col">Measured</th>
                <th scope="col">Flag</th>
              </tr>
            </thead>
            <tbody>
              {observed.lessons.map((lesson) => (
                <tr key={lesson.lessonId}>
                  <th scope="row">{lesson.title}</th>
                  <td>{lesson.requiredMinutes} min</td>
                  <td>{observedRange(lesson)}</td>
                  <td>
                    {lesson.basis === 'READING'
                      ? `Reading time of ${lesson.readers} readers`
                      : `Active time of ${lesson.learners} learners`}
                  </td>
                  <td>
                    {lesson.flag ? (
                      <Badge tone="warn">{FLAG[lesson.flag] ?? lesson.flag}</Badge>
                    ) : (
                      <Badge tone="ok">Within range</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
