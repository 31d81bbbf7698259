import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import type { Profession } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { NewPasswordField } from './NewPasswordField';
import { PROFESSION_LABELS, UNLICENSED } from './professions';
import { safeNext } from './safe-next';

export function SignUpPage() {
  const { signUp, user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), '/courses');
  const [profession, setProfession] = useState<Profession>('PHYSICAL_THERAPIST');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const licensed = !UNLICENSED.includes(profession);

  if (user && !busy) return <Navigate to={next} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setErrors({});
    setFormError(undefined);
    try {
      await signUp({
        displayName: text('displayName'),
        email: text('email'),
        password: String(form.get('password') ?? ''),
        profession,
        licenseNumber: text('licenseNumber') || null,
        licenseState: text('licenseState').toUpperCase() || null,
      });
      await navigate(next, { replace: true });
    } catch (error) {
      showSubmitError(error, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title="Create your account"
      lead="Your name and license appear on your certificates as you enter them here."
    >
      <form className="form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError message={formError} />
        <TextField
          label="Full name, as on your license"
          name="displayName"
          autoComplete="name"
          required
          error={errors['displayName']}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors['email']}
        />
        <NewPasswordField label="Password" name="password" error={errors['password']} />
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
        <div className="field-row">
          <TextField
            label={licensed ? 'License number' : 'License number (optional)'}
            name="licenseNumber"
            required={licensed}
            error={errors['licenseNumber']}
          />
          <TextField
            label={licensed ? 'License state' : 'License state (optional)'}
            name="licenseState"
            hint="Two letters, e.g. CO"
            maxLength={2}
            required={licensed}
            error={errors['licenseState']}
          />
        </div>
        <Button type="submit" busy={busy} busyLabel="Creating your account">
          Create account
        </Button>
        <p>
          Already have an account?{' '}
          <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
        </p>
      </form>
    </Page>
  );
}
