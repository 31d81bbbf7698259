import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import { errorMessage } from '../graphql/errors';
import { Button } from '../ui/Button';
import { useAuth } from './useAuth';

const ResendVerificationEmailDocument = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

interface Outcome {
  ok: boolean;
  text: string;
}

/**
 * "Send it again" for the email-verification link, with what happened said beside it (in a
 * status region, so screen readers hear it). The API answers false when the address is
 * verified already: then the session's copy of the account is stale, so it is reloaded.
 */
export function ResendVerification({
  label = 'Send it again',
  variant = 'secondary',
}: {
  label?: string;
  variant?: 'primary' | 'secondary';
}) {
  const { reloadUser } = useAuth();
  const [resend, { loading }] = useMutation(ResendVerificationEmailDocument);
  const [outcome, setOutcome] = useState<Outcome>();

  async function onClick() {
    setOutcome(undefined);
    try {
      const { data } = await resend();
      if (data?.resendVerificationEmail === false) {
        setOutcome({ ok: true, text: 'Your address is confirmed already.' });
        await reloadUser();
      } else {
        setOutcome({ ok: true, text: 'Sent: check your inbox (and spam folder).' });
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorMessage(error) });
    }
  }

  return (
    <span className="resend-verification">
      <Button variant={variant} busy={loading} busyLabel="Sending" onClick={() => void onClick()}>
        {label}
      </Button>
      <span role="status" className={outcome && !outcome.ok ? 'resend-error' : undefined}>
        {outcome && (
          <>
            <span aria-hidden="true">{outcome.ok ? '✓ ' : '⚠ '}</span>
            {outcome.text}
          </>
        )}
      </span>
    </span>
  );
}
