import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { graphql } from '../../gql';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormError } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useLinkToken } from './link-token';
import { NewPasswordField } from './NewPasswordField';
import { signInNotice } from './sign-in-notice';

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** The link in the reset email: a new password, then sign in with it. */
export function ResetPasswordPage() {
  const token = useLinkToken();
  if (!token) {
    return (
      <Page title="Choose a new password">
        <ErrorMessage title="This link is incomplete">
          Open the link from the email again, or copy all of it into the address bar.{' '}
          <Link to="/forgot-password">Ask for a new link</Link>
        </ErrorMessage>
      </Page>
    );
  }
  return <ResetForm token={token} />;
}

function ResetForm({ token }: { token: string }) {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get('newPassword') ?? '');
    setErrors({});
    setFormError(undefined);
    try {
      await reset({ variables: { input: { token, newPassword } } });
    } catch (error) {
      showSubmitError(error, setErrors, setFormError);
      return;
    }
    // The reset ended every session of the account, this browser's too if it had one.
    if (user) await signOut();
    await navigate('/sign-in', {
      replace: true,
      state: signInNotice('Your password is changed. Sign in with the new one.'),
    });
  }

  return (
    <Page
      title="Choose a new password"
      lead="Every device signed in to your account is signed out when you save it."
    >
      {errors['token'] && (
        <ErrorMessage title="This link no longer works">
          {errors['token']} <Link to="/forgot-password">Ask for a new link</Link>
        </ErrorMessage>
      )}
      <form className="form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError message={formError} />
        <NewPasswordField label="New password" name="newPassword" error={errors['newPassword']} />
        <Button type="submit" busy={loading} busyLabel="Saving">
          Save the new password
        </Button>
      </form>
    </Page>
  );
}
