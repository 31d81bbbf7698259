import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAuth, useMe } from '../../auth/useAuth';
import { graphql } from '../../gql';
import { errorMessage, type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormError, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { EmailPreferencesSection } from './EmailPreferencesSection';
import { LicensesSection } from './LicensesSection';
import { NewPasswordField } from './NewPasswordField';
import { ProfileForm } from './ProfileForm';
import { signInNotice } from './sign-in-notice';
import { YourDataSection } from './YourDataSection';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const LogoutEverywhereDocument = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

/**
 * Settings of the signed-in account: the name, profession and licenses certificates print,
 * the password and the sessions. Changing the password or signing out everywhere ends every
 * session, this one too (the API has revoked its refresh token): the page signs out here as
 * well and says why on the sign-in page.
 */
export function AccountPage() {
  const me = useMe();
  return (
    <Page
      title="Your account"
      lead="Certificates print your name and license as they are here on the day they are issued."
    >
      <dl className="details">
        <dt>Email</dt>
        <dd>
          {me.email}{' '}
          {me.emailVerified ? (
            <Badge tone="ok">Confirmed</Badge>
          ) : (
            <Badge tone="warn">Not confirmed yet</Badge>
          )}
        </dd>
      </dl>
      <ProfileForm />
      <LicensesSection />
      <ChangePassword email={me.email} />
      <SignOutEverywhere />
      <EmailPreferencesSection />
      <YourDataSection email={me.email} />
    </Page>
  );
}

/** Signs out here too, then opens the sign-in page with the reason. */
function useEndSession() {
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return async (reason: string) => {
    await signOut();
    await navigate('/sign-in', { replace: true, state: signInNotice(reason) });
  };
}

function ChangePassword({ email }: { email: string }) {
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const endSession = useEndSession();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      currentPassword: String(form.get('currentPassword') ?? ''),
      newPassword: String(form.get('newPassword') ?? ''),
    };
    setErrors({});
    setFormError(undefined);
    try {
      await change({ variables: { input } });
    } catch (error) {
      showSubmitError(error, setErrors, setFormError);
      return;
    }
    await endSession(
      'Your password is changed, and every device was signed out. Sign in with the new password.',
    );
  }

  return (
    <section className="section" aria-labelledby="change-password">
      <h2 id="change-password">Change your password</h2>
      <form className="form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError message={formError} />
        {/* For password managers: which account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={errors['currentPassword']}
        />
        <NewPasswordField label="New password" name="newPassword" error={errors['newPassword']} />
        <p className="muted">Every device signed in to your account is signed out, this one too.</p>
        <Button type="submit" busy={loading} busyLabel="Changing the password">
          Change password
        </Button>
      </form>
    </section>
  );
}

function SignOutEverywhere() {
  const [logoutEverywhere, { loading, error }] = useMutation(LogoutEverywhereDocument);
  const endSession = useEndSession();

  async function onClick() {
    try {
      await logoutEverywhere();
    } catch {
      return; // shown below
    }
    await endSession('You are signed out on every device, this one included.');
  }

  return (
    <section className="section" aria-labelledby="sessions">
      <h2 id="sessions">Devices</h2>
      <p>
        Signed in on a computer you no longer use, or worried someone else is? Sign out everywhere:
        every device has to sign in again, one in use right now within 15 minutes.
      </p>
      {error && (
        <ErrorMessage title="Could not sign out everywhere">{errorMessage(error)}</ErrorMessage>
      )}
      <Button
        variant="secondary"
        busy={loading}
        busyLabel="Signing out"
        onClick={() => void onClick()}
      >
        Sign out everywhere
      </Button>
    </section>
  );
}
