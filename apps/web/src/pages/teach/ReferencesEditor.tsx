import type { FieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { moveItem } from './reorder';

export interface ReferenceDraft {
  citation: string;
  url: string;
}

/** The lesson's references in order; errors arrive by path (`references.1.url`). */
export function ReferencesEditor({
  references,
  errors,
  onChange,
}: {
  references: ReferenceDraft[];
  errors: FieldErrors;
  onChange: (references: ReferenceDraft[]) => void;
}) {
  const update = (index: number, change: Partial<ReferenceDraft>) =>
    onChange(references.map((r, i) => (i === index ? { ...r, ...change } : r)));

  return (
    <fieldset className="fieldset">
      <legend>References</legend>
      {errors['references'] && <p className="field-error">{errors['references']}</p>}
      {references.length === 0 && <p className="muted">No references yet.</p>}
      <ol className="reference-list">
        {references.map((reference, index) => (
          <li key={index} className="reference-item">
            <TextField
              label={`Citation ${index + 1}`}
              hint="Authors, title, journal, year."
              value={reference.citation}
              error={errors[`references.${index}.citation`]}
              onChange={(event) => update(index, { citation: event.target.value })}
            />
            <TextField
              label={`Link ${index + 1} (optional)`}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={reference.url}
              error={errors[`references.${index}.url`]}
              onChange={(event) => update(index, { url: event.target.value })}
            />
            <div className="actions">
              <Button
                variant="secondary"
                className="button-small"
                disabled={index === 0}
                onClick={() => onChange(moveItem(references, index, -1))}
                aria-label={`Move citation ${index + 1} up`}
              >
                <span aria-hidden="true">↑</span> Up
              </Button>
              <Button
                variant="secondary"
                className="button-small"
                disabled={index === references.length - 1}
                onClick={() => onChange(moveItem(references, index, 1))}
                aria-label={`Move citation ${index + 1} down`}
              >
                <span aria-hidden="true">↓</span> Down
              </Button>
              <Button
                variant="link"
                onClick={() => onChange(references.filter((_, i) => i !== index))}
              >
                Remove citation {index + 1}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        onClick={() => onChange([...references, { citation: '', url: '' }])}
      >
        Add a reference
      </Button>
    </fieldset>
  );
}
