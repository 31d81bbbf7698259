import type { FieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { emptyRelationship, type RelationshipDraft } from './disclosure-draft';

/** Companies and what each relationship is (or each commercial supporter and its support). */
export function RelationshipsEditor({
  items,
  field,
  errors,
  noun,
  addLabel,
  onChange,
}: {
  items: RelationshipDraft[];
  /** The API's name for the list, e.g. `disclosure.contributors.0.relationships`. */
  field: string;
  errors: FieldErrors;
  /** What one item is called in labels, e.g. "relationship 1 of Ada Author". */
  noun: (index: number) => string;
  /** The add button's words; its accessible name says whose list it is. */
  addLabel: { visible: string; hidden?: string };
  onChange: (items: RelationshipDraft[]) => void;
}) {
  const replace = (index: number, item: RelationshipDraft) =>
    onChange(items.map((current, i) => (i === index ? item : current)));
  const whole = errors[field];
  return (
    <>
      {whole && (
        <p className="field-error">
          <span aria-hidden="true">✕ </span>
          {whole}
        </p>
      )}
      <ul className="relationship-list">
        {items.map((item, index) => (
          <li key={index} className="relationship-row">
            <TextField
              label={`Company, ${noun(index)}`}
              hint="A company that makes or sells products used on patients."
              value={item.company}
              maxLength={200}
              error={errors[`${field}.${index}.company`]}
              onChange={(event) => replace(index, { ...item, company: event.target.value })}
            />
            <TextField
              label={`Nature, ${noun(index)}`}
              hint="E.g. consulting fees, stock, speaker, grant."
              value={item.nature}
              maxLength={200}
              error={errors[`${field}.${index}.nature`]}
              onChange={(event) => replace(index, { ...item, nature: event.target.value })}
            />
            <Button
              variant="secondary"
              className="button-small"
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              Remove<span className="sr-only"> {noun(index)}</span>
            </Button>
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        className="button-small"
        onClick={() => onChange([...items, emptyRelationship()])}
      >
        {addLabel.visible}
        {addLabel.hidden && <span className="sr-only"> {addLabel.hidden}</span>}
      </Button>
    </>
  );
}
