import type { FieldErrors } from '../../graphql/errors';
import { TextField } from '../../ui/Field';
import { Checkbox } from './Choices';
import type { BlueprintDraftRow } from './blueprint-draft';

/**
 * How many questions of each objective every attempt draws. Off: the bank shares the draw
 * out (one per objective, the rest by pool size). On: a count per objective, adding up to the
 * questions drawn per attempt.
 */
export function BlueprintEditor({
  useBlueprint,
  rows,
  objectives,
  questionCount,
  errors,
  onChange,
}: {
  useBlueprint: boolean;
  rows: BlueprintDraftRow[];
  objectives: readonly { key: string; text: string }[];
  questionCount: string;
  errors: FieldErrors;
  onChange: (useBlueprint: boolean, rows: BlueprintDraftRow[]) => void;
}) {
  const textOf = new Map(objectives.map((objective) => [objective.key, objective.text]));
  const sum = rows.reduce((total, row) => total + (Number.parseInt(row.count, 10) || 0), 0);
  return (
    <fieldset className="fieldset">
      <legend>Blueprint: questions of each objective in every attempt</legend>
      <Checkbox
        label="Set the count of each objective (otherwise one per objective and the rest in proportion to the bank)"
        checked={useBlueprint}
        onChange={(checked) => onChange(checked, rows)}
      />
      {useBlueprint &&
        (rows.length === 0 ? (
          <p className="muted">The course has no objectives yet: add them in the description.</p>
        ) : (
          <>
            <div className="blueprint-rows">
              {rows.map((row, index) => (
                <TextField
                  key={row.objective}
                  label={`Questions on “${textOf.get(row.objective) ?? row.objective}”`}
                  hint={`Key: ${row.objective}`}
                  inputMode="numeric"
                  value={row.count}
                  error={errors[`blueprint.${row.objective}`]}
                  onChange={(event) =>
                    onChange(
                      true,
                      rows.map((r, i) => (i === index ? { ...r, count: event.target.value } : r)),
                    )
                  }
                />
              ))}
            </div>
            <p className="muted">
              The counts add up to {sum}
              {questionCount.trim() ? ` of the ${questionCount.trim()} drawn per attempt` : ''}.
            </p>
          </>
        ))}
      {errors['blueprint'] && (
        <p className="field-error">
          <span aria-hidden="true">✕ </span>
          {errors['blueprint']}
        </p>
      )}
    </fieldset>
  );
}
