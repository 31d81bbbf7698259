import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { safeNext } from './safe-next';
import { noticeFrom } from './sign-in-notice';

export function SignInPage() {
  const { signIn, user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const notice = noticeFrom(useLocation().state);
  const next = safeNext(params.get('next'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (user && !busy) return <Navigate to={next} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setErrors({});
    setFormError(undefined);
    try {
      await signIn({ email: String(form.get('email')), password: String(form.get('password')) });
      await navigate(next, { replace: true });
    } catch (error) {
      showSubmitError(error, setErrors, setFormError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Sign in">
      {notice && (
        <div className="notice notice-info" role="status">
          <p>{notice}</p>
        </div>
      )}
      <form className="form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError message={formError} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors['email']}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors['password']}
        />
        <Button type="submit" busy={busy} busyLabel="Signing in">
          Sign in
        </Button>
        <p>
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
        <p>
          New to Fascicle?{' '}
          <Link to={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
        </p>
      </form>
    </Page>
  );
}
