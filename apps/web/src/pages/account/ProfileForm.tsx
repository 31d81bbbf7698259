import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAuth, useMe } from '../../auth/useAuth';
import { graphql } from '../../gql';
import type { Profession } from '../../gql/graphql';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { CertificatesNotice } from './CertificatesNotice';
import { PROFESSION_LABELS } from './professions';

const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...SessionUserFields
    }
  }
`);

/** The API's limit on a name (UpdateProfileInput). */
const NAME_MAX = 120;

/** The name certificates print and the profession; the licenses are a section of their own. */
export function ProfileForm() {
  const me = useMe();
  const { userChanged } = useAuth();
  const [update, { loading }] = useMutation(UpdateProfileDocument);
  const [profession, setProfession] = useState<Profession>(me.profession);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<{ nameChanged: boolean } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const displayName = String(new FormData(event.currentTarget).get('displayName') ?? '').trim();
    setSaved(null);
    setFormError(undefined);
    if (!displayName) {
      setErrors({ displayName: 'Enter your name as certificates should print it.' });
      return;
    }
    setErrors({});
    try {
      const { data } = await update({ variables: { input: { displayName, profession } } });
      if (!data) return;
      userChanged(data.updateProfile);
      setSaved({ nameChanged: data.updateProfile.displayName !== me.displayName });
    } catch (error) {
      showSubmitError(error, setErrors, setFormError);
    }
  }

  return (
    <section className="section" aria-labelledby="profile-title">
      <h2 id="profile-title">Name and profession</h2>
      <form className="form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError message={formError} />
        <TextField
          label="Name, as certificates print it"
          name="displayName"
          defaultValue={me.displayName}
          autoComplete="name"
          maxLength={NAME_MAX}
          hint="Your full name as on your license, with credentials if you want them printed, e.g. Jordan Lee, PT, DPT"
          required
          error={errors['displayName']}
        />
        <SelectField
          label="Profession"
          name="profession"
          value={profession}
          onChange={(event) => setProfession(event.target.value as Profession)}
          error={errors['profession']}
        >
          {Object.entries(PROFESSION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <div role="status">
          {saved && (
            <div className="notice notice-ok">
              <p>✓ Your name and profession are saved.</p>
              {saved.nameChanged && <CertificatesNotice />}
            </div>
          )}
        </div>
        <div className="actions">
          <Button type="submit" busy={loading} busyLabel="Saving">
            Save name and profession
          </Button>
        </div>
      </form>
    </section>
  );
}
