import type { RuleSourceKind } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { SelectField, TextField } from '../../../ui/Field';
import { SOURCE_KIND_WORDS, SOURCE_KINDS } from './rule-words';
import { emptySource, type SourceValues } from './rule-form';

/**
 * The primary sources a version stands on, as a repeatable group: each source its own
 * fieldset, its fields named as the API names them (sources.0.url) so a refusal lands on the
 * field it concerns.
 */
export function SourcesFieldset({
  sources,
  onChange,
  errors,
  today,
}: {
  sources: SourceValues[];
  onChange: (next: SourceValues[]) => void;
  errors: Record<string, string>;
  today: string;
}) {
  const change = (index: number, patch: Partial<SourceValues>) =>
    onChange(sources.map((source, i) => (i === index ? { ...source, ...patch } : source)));
  const groupError = errors['sources'];
  return (
    <fieldset
      className={groupError ? 'fieldset field-invalid' : 'fieldset'}
      aria-describedby={groupError ? 'rule-sources-error' : undefined}
    >
      <legend>Sources</legend>
      <p className="field-hint">
        Primary sources only: the statute, the board’s rule or statement, an attorney general’s
        opinion, a court decision or a bill. Never a vendor’s or course provider’s page.
      </p>
      {groupError && (
        <p className="field-error" id="rule-sources-error">
          <span aria-hidden="true">✕ </span>
          {groupError}
        </p>
      )}
      {sources.map((source, index) => {
        const error = (field: string) => errors[`sources.${index}.${field}`];
        const n = index + 1;
        return (
          <fieldset className="fieldset" key={index}>
            <legend>Source {n}</legend>
            <TextField
              label="Citation"
              value={source.citation}
              onChange={(event) => change(index, { citation: event.target.value })}
              error={error('citation')}
            />
            <div className="field-row">
              <SelectField
                label="Kind"
                value={source.kind}
                onChange={(event) => change(index, { kind: event.target.value as RuleSourceKind })}
                error={error('kind')}
              >
                {SOURCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {SOURCE_KIND_WORDS[kind]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Web address"
                type="url"
                value={source.url}
                onChange={(event) => change(index, { url: event.target.value })}
                error={error('url')}
              />
            </div>
            <div className="field-row">
              <TextField
                label="In effect from (optional)"
                type="date"
                value={source.effective}
                onChange={(event) => change(index, { effective: event.target.value })}
                error={error('effective')}
              />
              <TextField
                label="Read on"
                type="date"
                value={source.checkedOn}
                onChange={(event) => change(index, { checkedOn: event.target.value })}
                error={error('checkedOn')}
              />
            </div>
            <div className="actions">
              <Button
                variant="secondary"
                onClick={() => onChange(sources.filter((_, i) => i !== index))}
              >
                Remove source {n}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <Button variant="secondary" onClick={() => onChange([...sources, emptySource(today)])}>
          Add a source
        </Button>
      </div>
    </fieldset>
  );
}
