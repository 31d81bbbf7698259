import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { graphql } from '../../gql';
import { showSubmitError, type FieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormError, TextField } from '../../ui/Field';
import { useDownloadWithToken } from '../../ui/download';
import { signInNotice } from './sign-in-notice';

const DeleteMyAccountDocument = graphql(`
  mutation DeleteMyAccount($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input)
  }
`);

const DATA_URL = '/me/data.zip';

/** Download my data, and delete my account: what each does is in the privacy notice. */
export function YourDataSection({ email }: { email: string }) {
  return (
    <section className="section" aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p>
        What Fascicle keeps about you, and for how long, is in the{' '}
        <Link to="/privacy">privacy notice</Link>.
      </p>
      <DownloadMyData />
      <DeleteMyAccount email={email} />
    </section>
  );
}

function DownloadMyData() {
  const { download, busyUrl, error } = useDownloadWithToken();
  return (
    <>
      <p>
        A zip file of your profile, licenses, enrolments, quiz results and certificates, with each
        certificate&apos;s PDF.
      </p>
      {error && <ErrorMessage title="Could not download your data">{error}</ErrorMessage>}
      <Button
        variant="secondary"
        busy={busyUrl === DATA_URL}
        busyLabel="Preparing your data"
        onClick={() => void download(DATA_URL, 'fascicle-data.zip')}
      >
        Download my data
      </Button>
    </>
  );
}

function DeleteMyAccount({ email }: { email: string }) {
  const [deleteAccount, { loading }] = useMutation(DeleteMyAccountDocument);
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors({});
    setFormError(undefined);
    if (form.get('understood') !== 'yes') {
      setErrors({ understood: 'Tick the box to confirm you understand what is deleted.' });
      return;
    }
    try {
      await deleteAccount({ variables: { input: { password: String(form.get('password')) } } });
    } catch (error) {
      showSubmitError(error, setErrors, setFormError);
      return;
    }
    await signOut();
    await navigate('/sign-in', {
      replace: true,
      state: signInNotice(
        'Your account is deleted. Your certificates stay verifiable for six years, as the privacy notice explains.',
      ),
    });
  }

  return (
    <form
      className="form narrow"
      aria-labelledby="delete-account"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h3 id="delete-account">Delete my account</h3>
      <p>
        Your name, address, licenses and sessions are erased at once and you leave every clinic.
        Your certificates are kept as issued, and still verify, for six years after each completion,
        because licensing boards audit them; then they are deleted too. This cannot be undone:
        download your data first if you want a copy.
      </p>
      <FormError message={formError} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="Your password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors['password']}
      />
      <div className={errors['understood'] ? 'field field-invalid' : 'field'}>
        <label>
          <input
            type="checkbox"
            name="understood"
            value="yes"
            aria-invalid={errors['understood'] ? true : undefined}
            aria-describedby={errors['understood'] ? 'understood-error' : undefined}
          />{' '}
          I understand my account cannot be restored
        </label>
        {errors['understood'] && (
          <p className="field-error" id="understood-error">
            {errors['understood']}
          </p>
        )}
      </div>
      <Button type="submit" variant="danger" busy={loading} busyLabel="Deleting your account">
        Delete my account
      </Button>
    </form>
  );
}
