import { useId, useState, type FormEvent } from 'react';
import type { LicenseStatus, Profession, ProfileLicenseFieldsFragment } from '../../gql/graphql';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { LICENSE_STATUS_LABELS } from './license-status';
import { useLicenseMutations } from './license-documents';
import { PROFESSION_LABELS } from './professions';
import { STATE_OPTIONS } from './us-states';

interface Props {
  /** The license to correct; none to add one. */
  license?: ProfileLicenseFieldsFragment;
  /** A new license's profession to start with: the person's own. */
  profession: Profession;
  /** Offer "print this one": not for the license printed already, nor for a first one. */
  offerPrimary: boolean;
  /** Saved; `printChanged` when new certificates now print another license. */
  onSaved: (printChanged: boolean) => void;
  onCancel: () => void;
}

/** Adds a license, or corrects one in place. Dates are optional, as the API takes them. */
export function LicenseForm({ license, profession, offerPrimary, onSaved, onCancel }: Props) {
  const { save, saving } = useLicenseMutations();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const adding = license === undefined;
  const primaryId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const input = {
      ...(license ? { id: license.id } : {}),
      state: text('state'),
      profession: text('profession') as Profession,
      number: text('number'),
      issuedOn: text('issuedOn') || null,
      expiresOn: text('expiresOn') || null,
      status: text('status') as LicenseStatus,
      ...(form.get('primary') ? { primary: true } : {}),
    };
    const missing: FieldErrors = {};
    if (!input.state) missing['state'] = 'Choose the state that issued the license.';
    if (!input.number) {
      missing['number'] = "Enter the license number as your state's license lookup shows it.";
    }
    setErrors(missing);
    setFormError(undefined);
    if (Object.keys(missing).length > 0) return;
    try {
      onSaved(await save(input));
    } catch (error) {
      showSubmitError(error, setErrors, setFormError);
    }
  }

  return (
    <form
      className="form"
      aria-label={adding ? 'Add a license' : 'Correct this license'}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <FormError message={formError} />
      <div className="field-row">
        <SelectField
          label="State"
          name="state"
          defaultValue={license?.state ?? ''}
          required
          autoFocus
          error={errors['state']}
        >
          <option value="">Choose a state…</option>
          {STATE_OPTIONS.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Profession"
          name="profession"
          defaultValue={license?.profession ?? profession}
          error={errors['profession']}
        >
          {Object.entries(PROFESSION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="License number"
        name="number"
        defaultValue={license?.number ?? ''}
        hint="As your state's license lookup shows it, prefix included (Florida: PT0001665)"
        autoComplete="off"
        spellCheck={false}
        required
        error={errors['number']}
      />
      <div className="field-row">
        <TextField
          label="First issued (optional)"
          name="issuedOn"
          type="date"
          defaultValue={license?.issuedOn ?? ''}
          error={errors['issuedOn']}
        />
        <TextField
          label="Renewal date (expires, optional)"
          name="expiresOn"
          type="date"
          defaultValue={license?.expiresOn ?? ''}
          error={errors['expiresOn']}
        />
      </div>
      <SelectField
        label="Status"
        name="status"
        hint="As your board's license lookup shows it"
        defaultValue={license?.status ?? 'ACTIVE'}
        error={errors['status']}
      >
        {Object.entries(LICENSE_STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      {offerPrimary && (
        <div className="choice">
          <input type="checkbox" id={primaryId} name="primary" />
          <label htmlFor={primaryId}>Print this one on certificates from now on</label>
        </div>
      )}
      <div className="actions">
        <Button type="submit" busy={saving} busyLabel="Saving">
          {adding ? 'Add license' : 'Save the correction'}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
