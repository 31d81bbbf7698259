import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';

const AcceptInvitationDocument = graphql(`
  mutation ClinicAcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      name
      viewerRole
    }
  }
`);

/**
 * The link in the invitation email. Joining is consent to the clinic seeing your required
 * certificates, so it takes a click, after signing in with the invited address.
 */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { state } = useAuth();
  const [accept, { data, loading, error }] = useMutation(AcceptInvitationDocument, {
    refetchQueries: ['MyClinics', 'ClinicList'],
  });
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`;

  if (!token) {
    return (
      <Page title="Join a clinic">
        <ErrorMessage title="This link is incomplete">
          Open the link from the invitation email again, or copy all of it into the address bar.
        </ErrorMessage>
      </Page>
    );
  }
  if (state.status === 'restoring') return <Loading label="Restoring your session" />;

  if (data) {
    const clinic = data.acceptInvitation;
    return (
      <Page title={`You joined ${clinic.name}`}>
        <div className="notice notice-ok" role="status">
          <p className="notice-title">Welcome to {clinic.name}</p>
          <p>
            Its admins can now see your certificates for the credentials the clinic requires, for as
            long as you are a member.
          </p>
        </div>
        <p>
          <Link to={`/clinics/${clinic.id}`} className="button button-primary">
            Open {clinic.name}
          </Link>
        </p>
      </Page>
    );
  }

  if (state.status === 'signedOut') {
    return (
      <Page
        title="Join a clinic"
        lead="A clinic invited you to share your continuing-education certificates with it."
      >
        <p>
          Sign in with the email address the invitation was sent to, or create an account with it.
          You will come back here to accept.
        </p>
        <div className="actions">
          <Link to={`/sign-in?next=${encodeURIComponent(here)}`} className="button button-primary">
            Sign in
          </Link>
          <Link
            to={`/sign-up?next=${encodeURIComponent(here)}`}
            className="button button-secondary"
          >
            Create an account
          </Link>
        </div>
      </Page>
    );
  }

  return (
    <Page
      title="Join a clinic"
      lead="A clinic invited you to share your continuing-education certificates with it."
    >
      <ul>
        <li>
          While you are a member, the clinic’s admins see the certificates it requires: their state,
          dates and codes.
        </li>
        <li>You can leave at any time; the clinic then stops seeing them.</li>
      </ul>
      <p>
        Signed in as <strong>{state.user.email}</strong>. The invitation must have been sent to this
        address.
      </p>
      {error && (
        <ErrorMessage title="Could not accept the invitation">{errorMessage(error)}</ErrorMessage>
      )}
      <div className="actions">
        <Button
          busy={loading}
          busyLabel="Joining"
          onClick={() => void accept({ variables: { token } }).catch(() => undefined)}
        >
          Accept invitation
        </Button>
      </div>
    </Page>
  );
}
