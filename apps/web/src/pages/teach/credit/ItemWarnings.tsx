import { Badge } from '../../../ui/Badge';
import { sentence } from './credit-format';

/** One question's item-writing warnings, beside the question. */
export function ItemWarnings({
  warnings,
}: {
  warnings: readonly { code: string; message: string }[] | undefined;
}) {
  if (!warnings || warnings.length === 0) return null;
  return (
    <ul className="item-warnings" aria-label="Item-writing warnings">
      {warnings.map((warning) => (
        <li key={warning.code}>
          <Badge tone="warn">Item warning</Badge> {sentence(warning.message)}
        </li>
      ))}
    </ul>
  );
}
