import { Badge } from '../../ui/Badge';
import { percent, plural } from '../../ui/format';
import type { Item } from './ItemAnalysisPage';
import { optionNote } from './option-notes';
import { TableWrap } from './TableWrap';

/**
 * Distractor analysis: for each question, every option with how many attempts chose it and
 * the share of the attempts that drew the question. In a multiple-choice question one
 * attempt may choose several options, so the shares can add up to more than 100%.
 */
export function OptionAnalysis({ items }: { items: Item[] }) {
  return (
    <section className="section" aria-labelledby="options-heading">
      <h2 id="options-heading">Options chosen</h2>
      <p className="muted">
        Every option of every question, the key included. A wrong option no one chooses does not
        distract; one chosen more often than the key suggests a wrong key or an unclear stem.
      </p>
      {items.map((item) => (
        <TableWrap key={item.questionId} label={`Options of question ${item.number}`}>
          <table className="data option-table">
            <caption>
              Q{item.number}: <span className="stem-excerpt">{item.stemMarkdown}</span>{' '}
              <span className="muted">· {plural(item.responses, 'response')}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Option</th>
                <th scope="col">Answer key</th>
                <th scope="col">Chosen</th>
                <th scope="col">Share</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {item.options.map((option) => {
                const note = optionNote(option, item.options, item.responses);
                return (
                  <tr key={option.optionId}>
                    <th scope="row">{option.text}</th>
                    <td>{option.isKey ? <Badge tone="ok">Correct</Badge> : 'Wrong'}</td>
                    <td>{option.picks}</td>
                    <td>{percent(option.share)}</td>
                    <td>
                      {note ? <Badge tone="warn">{note}</Badge> : <span className="muted">—</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ))}
    </section>
  );
}
