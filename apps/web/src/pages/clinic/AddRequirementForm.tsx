import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { forgetComplianceReport, type CourseSource, type ProgramSource } from './requirements';

const AddRequiredCredentialDocument = graphql(`
  mutation ClinicAddRequiredCredential($input: AddRequiredCredentialInput!) {
    addRequiredCredential(input: $input) {
      id
      label
    }
  }
`);

type Kind = 'program' | 'course';

interface Props {
  clinicId: string;
  programs: readonly ProgramSource[];
  /** Catalog courses with a published version. */
  courses: readonly CourseSource[];
}

/** A requirement is met by a credential program's certificate or by one course's. */
export function AddRequirementForm({ clinicId, programs, courses }: Props) {
  const [add, { loading, error, reset }] = useMutation(AddRequiredCredentialDocument, {
    refetchQueries: ['ClinicRequiredCredentials'],
    update: (cache) => forgetComplianceReport(cache, clinicId),
  });
  const [kind, setKind] = useState<Kind>('program');
  const [label, setLabel] = useState('');
  const [sourceId, setSourceId] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<string | null>(null);
  const errors = { ...fieldErrors(error), ...missing };

  const options = kind === 'program' ? programs : courses;
  const sourceField = kind === 'program' ? 'programId' : 'courseId';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required: Record<string, string> = {};
    if (!label.trim()) required['label'] = 'Name the requirement as your staff know it.';
    if (!sourceId) required[sourceField] = `Choose a ${kind}.`;
    setMissing(required);
    setAdded(null);
    if (Object.keys(required).length > 0) return;
    reset();
    try {
      await add({
        variables: {
          input: { organizationId: clinicId, label: label.trim(), [sourceField]: sourceId },
        },
      });
      setAdded(`“${label.trim()}” is now required.`);
      setLabel('');
      setSourceId('');
    } catch {
      // Shown from `error`; nothing was added.
    }
  }

  const general =
    error && !['label', 'programId', 'courseId'].some((field) => fieldErrors(error)[field]);
  return (
    <form
      className="form narrow"
      aria-labelledby="add-title"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <TextField
        label="Name"
        name="label"
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        hint="As your staff know it, e.g. Dry Needling — Level 1"
        required
        error={errors['label']}
      />
      <fieldset className="fieldset">
        <legend>Met by</legend>
        {(['program', 'course'] as const).map((value) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`requirement-kind-${value}`}
              name="kind"
              value={value}
              checked={kind === value}
              onChange={() => {
                setKind(value);
                setSourceId('');
              }}
            />
            <label htmlFor={`requirement-kind-${value}`}>
              {value === 'program'
                ? 'A credential program (several courses, one credential)'
                : 'A single course'}
            </label>
          </div>
        ))}
      </fieldset>
      <SelectField
        label={kind === 'program' ? 'Credential program' : 'Course'}
        name={sourceField}
        value={sourceId}
        onChange={(event) => setSourceId(event.target.value)}
        required
        error={errors[sourceField]}
        hint={options.length === 0 ? `No ${kind} is published yet.` : undefined}
      >
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.title}
          </option>
        ))}
      </SelectField>
      {general && <FormError message={errorMessage(error)} />}
      <p role="status" className={added ? 'notice notice-ok' : 'sr-only'}>
        {added}
      </p>
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Adding">
          Require this credential
        </Button>
      </div>
    </form>
  );
}
