import { useId } from 'react';
import type { FieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { emptyObjective, shownKey, type ObjectiveDraft } from './objectives';

/**
 * The learning objectives, each with the key its questions are tagged with, shown beside it.
 * Rows are added and removed with buttons; order is the order learners read them in.
 */
export function ObjectivesEditor({
  rows,
  errors,
  onChange,
}: {
  rows: ObjectiveDraft[];
  errors: FieldErrors;
  onChange: (rows: ObjectiveDraft[]) => void;
}) {
  const replace = (index: number, row: ObjectiveDraft) =>
    onChange(rows.map((current, i) => (i === index ? row : current)));
  // The API names a bad key list as a whole (`objectiveKeys`); rows name their own.
  const whole = errors['objectiveKeys'] ?? errors['learningObjectives'];
  const hintId = useId();
  return (
    <fieldset className="fieldset" aria-describedby={hintId}>
      <legend>Learning objectives</legend>
      <p className="field-hint" id={hintId}>
        What a learner can do after the course. Each has a key (lower-case words and hyphens) that
        its quiz questions are tagged with; rewording an objective keeps its key.
      </p>
      {whole && (
        <p className="field-error">
          <span aria-hidden="true">✕ </span>
          {whole}
        </p>
      )}
      <ol className="objective-list">
        {rows.map((row, index) => (
          <li key={index} className="objective-row">
            <TextField
              label={`Objective ${index + 1}`}
              name={`learningObjectives.${index}`}
              maxLength={500}
              value={row.text}
              error={errors[`learningObjectives.${index}`]}
              onChange={(event) => replace(index, { ...row, text: event.target.value })}
            />
            <TextField
              label={`Key of objective ${index + 1}`}
              name={`objectiveKeys.${index}`}
              maxLength={60}
              autoComplete="off"
              spellCheck={false}
              value={shownKey(row)}
              error={errors[`objectiveKeys.${index}`]}
              onChange={(event) =>
                replace(index, { ...row, key: event.target.value, keyEdited: true })
              }
            />
            <Button
              variant="secondary"
              className="button-small"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              Remove<span className="sr-only"> objective {index + 1}</span>
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        className="button-small"
        onClick={() => onChange([...rows, emptyObjective()])}
      >
        Add an objective
      </Button>
    </fieldset>
  );
}
