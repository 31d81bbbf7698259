import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account,
 * so the form cannot be used to find out who has one.
 */
export function ForgotPasswordPage() {
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    setErrors({});
    setFormError(undefined);
    try {
      await request({ variables: { email } });
      setSentTo(email);
    } catch (error) {
      showSubmitError(error, setErrors, setFormError);
    }
  }

  if (sentTo) {
    return (
      <Page title="Check your email">
        <div className="notice notice-ok" role="status">
          <p className="notice-title">
            <span aria-hidden="true">✓ </span>
            If an account uses {sentTo}, we sent it a link (valid 30 minutes)
          </p>
          <p>
            Open it to choose a new password. Nothing arrived after a few minutes? Look in the spam
            folder, or check the address and ask again.
          </p>
        </div>
        <p>
          <Button variant="secondary" onClick={() => setSentTo(undefined)}>
            Use another address
          </Button>{' '}
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Forgot your password?"
      lead="Enter the address you signed up with: we will email you a link to choose a new password."
    >
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
        <Button type="submit" busy={loading} busyLabel="Sending">
          Send me a link
        </Button>
        <p>
          Remembered it? <Link to="/sign-in">Sign in</Link>
        </p>
      </form>
    </Page>
  );
}
