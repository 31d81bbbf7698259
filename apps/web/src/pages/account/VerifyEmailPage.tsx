import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ResendVerification } from '../../auth/ResendVerification';
import { useAuth } from '../../auth/useAuth';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/errors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useLinkToken } from './link-token';

const VerifyEmailDocument = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

type Outcome = { kind: 'pending' } | { kind: 'verified' } | { kind: 'failed'; message: string };

/** The link in the verification email: confirms the address as the page opens. */
export function VerifyEmailPage() {
  const token = useLinkToken();
  return (
    <Page title="Confirm your email address">
      {token ? (
        <Verification token={token} />
      ) : (
        <>
          <ErrorMessage title="This link is incomplete">
            Open the link from the email again, or copy all of it into the address bar.
          </ErrorMessage>
          <NewLink />
        </>
      )}
    </Page>
  );
}

function Verification({ token }: { token: string }) {
  const { user, reloadUser } = useAuth();
  const [verify] = useMutation(VerifyEmailDocument);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'pending' });
  const asked = useRef(false);
  const reloaded = useRef(false);

  // A link works once, and React's StrictMode runs effects twice in development: a second
  // request would answer "already used" to the person who just used it. Ask once only.
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    verify({ variables: { token } }).then(
      () => setOutcome({ kind: 'verified' }),
      (error: unknown) => setOutcome({ kind: 'failed', message: errorMessage(error) }),
    );
  }, [token, verify]);

  // The session's copy of the account still says "not verified" (and shows the banner).
  // Once only: another account may be signed in here, whose answer would not change.
  useEffect(() => {
    if (outcome.kind === 'pending' || !user || user.emailVerified || reloaded.current) return;
    reloaded.current = true;
    reloadUser().catch(() => undefined);
  }, [outcome.kind, user, reloadUser]);

  switch (outcome.kind) {
    case 'pending':
      return <Loading label="Confirming your address" />;
    case 'verified':
      return (
        <>
          <div className="notice notice-ok" role="status">
            <p className="notice-title">
              <span aria-hidden="true">✓ </span>
              Your address is confirmed; certificates can now be issued in your name
            </p>
            <p>
              If you finished a course while your address waited, its certificate is issued now.
            </p>
          </div>
          <p>
            {user ? (
              <Link to="/certificates" className="button button-primary">
                Open your certificates
              </Link>
            ) : (
              <Link to="/sign-in?next=%2Fcertificates" className="button button-primary">
                Sign in
              </Link>
            )}
          </p>
        </>
      );
    case 'failed':
      return (
        <>
          <ErrorMessage title="This link no longer works">{outcome.message}</ErrorMessage>
          <NewLink />
        </>
      );
  }
}

/** What to do without a working link: ask for a new one, if there is still a need. */
function NewLink() {
  const { state, user } = useAuth();
  if (state.status === 'restoring') return null;
  if (!user) {
    return (
      <p>
        <Link to="/sign-in">Sign in</Link> to send yourself a new link.
      </p>
    );
  }
  if (user.emailVerified) {
    return (
      <p>
        <span aria-hidden="true">✓ </span>
        Your address, {user.email}, is confirmed already: there is nothing more to do.
      </p>
    );
  }
  return (
    <p>
      <ResendVerification label="Send a new link" variant="primary" />
    </p>
  );
}
