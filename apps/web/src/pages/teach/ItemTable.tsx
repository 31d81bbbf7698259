import { Badge } from '../../ui/Badge';
import { decimal, plural } from '../../ui/format';
import { DISCRIMINATION_LOW, FACILITY_TOO_EASY, FACILITY_TOO_HARD, FLAG_TEXT } from './item-flags';
import type { Item } from './ItemAnalysisPage';
import { TableWrap } from './TableWrap';

/** The flagged questions in words, with what to check; or that none is flagged. */
export function FlagSummary({ flagged }: { flagged: Item[] }) {
  if (flagged.length === 0) {
    return (
      <div className="notice notice-ok">
        <p>
          <span aria-hidden="true">✓ </span>No question is flagged: facility is between{' '}
          {FACILITY_TOO_HARD} and {FACILITY_TOO_EASY} and discrimination at least{' '}
          {DISCRIMINATION_LOW} throughout.
        </p>
      </div>
    );
  }
  return (
    <section className="notice notice-warn" aria-labelledby="flagged-heading">
      <h2 id="flagged-heading" className="notice-title">
        {plural(flagged.length, 'question')} to review
      </h2>
      <ul>
        {flagged.map((item) => (
          <li key={item.questionId}>
            <a href={`#item-${item.questionId}`}>Question {item.number}</a>:{' '}
            {item.flags.map((flag) => FLAG_TEXT[flag].advice).join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every question's numbers, the stem to recognise it, and its flags as badges. */
export function QuestionTable({ items }: { items: Item[] }) {
  return (
    <section className="section" aria-labelledby="questions-table-heading">
      <h2 id="questions-table-heading">Questions</h2>
      <p className="muted">
        Facility is the share of the credit earned (higher is easier). Discrimination compares each
        question with the rest of the score: under {DISCRIMINATION_LOW} it separates strong from
        weak attempts poorly; negative suggests a wrong key.
      </p>
      <TableWrap label="Table of questions">
        <table className="data item-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Question</th>
              <th scope="col">Responses</th>
              <th scope="col">Facility</th>
              <th scope="col">Discrimination</th>
              <th scope="col">Most chosen wrong option</th>
              <th scope="col">Flags</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.questionId} id={`item-${item.questionId}`}>
                <th scope="row">Q{item.number}</th>
                <td>
                  <span className="stem-excerpt">{item.stemMarkdown}</span>
                  <span className="muted"> · {item.objectiveTag}</span>
                </td>
                <td>{item.responses}</td>
                <td>{decimal(item.facility)}</td>
                <td>{decimal(item.discrimination)}</td>
                <td>
                  {item.mostChosenWrongOption
                    ? `${item.mostChosenWrongOption.text} (${item.mostChosenWrongOption.picks})`
                    : '—'}
                </td>
                <td>
                  {item.flags.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <span className="badge-stack">
                      {item.flags.map((flag) => (
                        <Badge
                          key={flag}
                          tone={flag === 'NEGATIVE_DISCRIMINATION' ? 'danger' : 'warn'}
                        >
                          {FLAG_TEXT[flag].label}
                        </Badge>
                      ))}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
