import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { graphql } from '../../gql';
import type { ClinicInvitationPreviewQuery } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { dateTime } from '../../ui/format';
import { INVITED_AS, invitationStep } from './invitation';

const InvitationPreviewDocument = graphql(`
  query ClinicInvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      organizationName
      email
      role
      state
      expiresAt
    }
  }
`);

const AcceptInvitationDocument = graphql(`
  mutation ClinicAcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      name
      viewerRole
      viewerMembershipId
    }
  }
`);

type Preview = ClinicInvitationPreviewQuery['invitationPreview'];

/**
 * The link in the invitation email. Says which clinic is asking before anyone signs in;
 * joining is consent to the clinic seeing your required certificates, so it takes a click,
 * signed in with the invited address.
 */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  if (!token) {
    return (
      <Page title="Join a clinic">
        <ErrorMessage title="This link is incomplete">
          Open the link from the invitation email again, or copy all of it into the address bar.
        </ErrorMessage>
      </Page>
    );
  }
  return <Invitation token={token} />;
}

function Invitation({ token }: { token: string }) {
  const { state } = useAuth();
  const preview = useQuery(InvitationPreviewDocument, { variables: { token } });
  const [accept, accepted] = useMutation(AcceptInvitationDocument, {
    refetchQueries: ['MyClinics', 'ClinicList'],
  });

  if (accepted.data) {
    const clinic = accepted.data.acceptInvitation;
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

  if (preview.dataState !== 'complete') {
    if (preview.error) {
      return errorCode(preview.error) === 'BAD_USER_INPUT' ? (
        <Page title="This invitation link does not work">
          <ErrorMessage title="No open invitation matches this link">
            The clinic may have withdrawn it, or part of the link was lost when it was copied. Open
            the link from the email again, or ask the clinic to send you a new invitation.
          </ErrorMessage>
        </Page>
      ) : (
        <Page title="Join a clinic">
          <ErrorMessage
            title="Could not open the invitation"
            error={preview.error}
            onRetry={() => void preview.refetch().catch(() => undefined)}
          />
        </Page>
      );
    }
    return <Loading label="Opening the invitation" />;
  }
  if (state.status === 'restoring') return <Loading label="Restoring your session" />;

  const invitation = preview.data.invitationPreview;
  const step = invitationStep(invitation, state.status === 'signedIn' ? state.user.email : null);
  const clinic = invitation.organizationName;
  switch (step.kind) {
    case 'accepted':
      return (
        <Page title="This invitation was already accepted">
          <div className="notice notice-info">
            <p className="notice-title">
              {clinic}’s invitation to {invitation.email} has been used
            </p>
            <p>
              An invitation link works once. If you accepted it, {clinic} is listed under{' '}
              <Link to="/clinics">Clinics</Link>.
            </p>
          </div>
        </Page>
      );
    case 'expired':
      return (
        <Page title="This invitation has expired">
          <div className="notice notice-warn">
            <p className="notice-title">
              <span aria-hidden="true">⚠ </span>
              {clinic}’s invitation to {invitation.email} expired on{' '}
              {dateTime(invitation.expiresAt)}
            </p>
            <p>Ask an admin of {clinic} to send you a new invitation.</p>
          </div>
        </Page>
      );
    case 'signIn':
    case 'otherAccount':
    case 'accept':
      return (
        <Page
          title={`Join ${clinic}`}
          lead={
            <>
              {clinic} invites you to join as {INVITED_AS[invitation.role]}; sent to{' '}
              <strong>{invitation.email}</strong>.
            </>
          }
        >
          <ul>
            <li>
              While you are a member, the clinic’s admins see the certificates it requires: their
              state, dates and codes.
            </li>
            <li>You can leave at any time; the clinic then stops seeing them.</li>
            <li>This link is valid until {dateTime(invitation.expiresAt)}.</li>
          </ul>
          {step.kind === 'signIn' && <SignInFirst token={token} invitation={invitation} />}
          {step.kind === 'otherAccount' && (
            <OtherAccount token={token} invitation={invitation} signedInAs={step.signedInAs} />
          )}
          {step.kind === 'accept' && (
            <>
              <p>
                Signed in as <strong>{step.signedInAs}</strong>.
              </p>
              {accepted.error && (
                <ErrorMessage title="Could not accept the invitation">
                  {errorMessage(accepted.error)}
                </ErrorMessage>
              )}
              <div className="actions">
                <Button
                  busy={accepted.loading}
                  busyLabel="Joining"
                  onClick={() => void accept({ variables: { token } }).catch(() => undefined)}
                >
                  Accept invitation
                </Button>
              </div>
            </>
          )}
        </Page>
      );
  }
}

function here(token: string) {
  return encodeURIComponent(`/invitations/accept?token=${encodeURIComponent(token)}`);
}

function SignInFirst({ token, invitation }: { token: string; invitation: Preview }) {
  return (
    <>
      <p>
        Sign in with <strong>{invitation.email}</strong>, or create an account with that address.
        You will come back here to accept.
      </p>
      <div className="actions">
        <Link to={`/sign-in?next=${here(token)}`} className="button button-primary">
          Sign in
        </Link>
        <Link to={`/sign-up?next=${here(token)}`} className="button button-secondary">
          Create an account
        </Link>
      </div>
    </>
  );
}

function OtherAccount({
  token,
  invitation,
  signedInAs,
}: {
  token: string;
  invitation: Preview;
  signedInAs: string;
}) {
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <>
      <div className="notice notice-warn">
        <p className="notice-title">
          <span aria-hidden="true">⚠ </span>
          This invitation is for another account
        </p>
        <p>
          It was sent to <strong>{invitation.email}</strong>, but you are signed in as{' '}
          <strong>{signedInAs}</strong>. Only the account with the invited address can accept it. If{' '}
          {signedInAs} is the address {invitation.organizationName} should know, ask its admin to
          invite that address instead.
        </p>
      </div>
      <div className="actions">
        <Button
          onClick={() => {
            void signOut().then(() => navigate(`/sign-in?next=${here(token)}`));
          }}
        >
          Sign out and sign in as {invitation.email}
        </Button>
      </div>
    </>
  );
}
