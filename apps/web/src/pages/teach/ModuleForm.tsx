import { useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { listFieldError } from './course-fields';
import { linesToList, listToLines } from './text';

export interface ModuleValues {
  title: string;
  objectives: string[];
}

/** A module's title and objectives; used to add one and to edit one. Clears itself after adding. */
export function ModuleForm({
  initial,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
}: {
  initial?: ModuleValues;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (values: ModuleValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [objectives, setObjectives] = useState(listToLines(initial?.objectives ?? []));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFormError(undefined);
    try {
      await onSubmit({ title, objectives: linesToList(objectives) });
      setErrors({});
      if (!initial) {
        setTitle('');
        setObjectives('');
      }
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormError message={formError} />
      <TextField
        label="Module title"
        name="title"
        required
        maxLength={200}
        autoFocus={initial !== undefined}
        value={title}
        error={errors['title']}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextAreaField
        label="Module objectives"
        hint="One per line; optional."
        name="objectives"
        rows={3}
        value={objectives}
        error={listFieldError(errors, 'objectives')}
        onChange={(event) => setObjectives(event.target.value)}
      />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={busyLabel}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
