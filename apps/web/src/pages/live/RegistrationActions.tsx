import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import type { LiveSessionCardData } from './LiveSessionCard';
import { holdsPlace, momentWithZone, offersSeat } from './live-session-words';

const RegisterForLiveSessionDocument = graphql(`
  mutation RegisterForLiveSession($sessionId: ID!) {
    registerForLiveSession(sessionId: $sessionId) {
      id
      status
      waitlistPosition
    }
  }
`);

const CancelLiveSessionRegistrationDocument = graphql(`
  mutation CancelLiveSessionRegistration($sessionId: ID!) {
    cancelLiveSessionRegistration(sessionId: $sessionId) {
      id
      status
      waitlistPosition
    }
  }
`);

// After a change the session's counts, the viewer's place and the join link all move: one
// fresh read of the session puts them in the cache, and every list showing it follows.
const LiveSessionStatusDocument = graphql(`
  query LiveSessionStatus($id: ID!) {
    liveSession(id: $id) {
      ...LiveSessionCardFields
    }
  }
`);

/**
 * Register (a seat) or Join the waitlist, or give the place up, until the cut-off. After it
 * the buttons go and the card says registration has closed; the API refuses anyway.
 */
export function RegistrationActions({ session }: { session: LiveSessionCardData }) {
  const client = useApolloClient();
  const [register, registering] = useMutation(RegisterForLiveSessionDocument);
  const [cancel, cancelling] = useMutation(CancelLiveSessionRegistrationDocument);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();

  if (Date.parse(session.registrationClosesAt) <= Date.now()) {
    return (
      <p className="muted">Registration closed {momentWithZone(session.registrationClosesAt)}.</p>
    );
  }

  async function run(change: () => Promise<unknown>) {
    setError(undefined);
    try {
      await change();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      // Refused or not, the session may have moved on (a seat taken meanwhile): show it now.
      await client
        .query({
          query: LiveSessionStatusDocument,
          variables: { id: session.id },
          fetchPolicy: 'network-only',
        })
        .catch(() => undefined);
    }
  }

  const variables = { sessionId: session.id };
  const held = holdsPlace(session.myRegistration);
  const seated = session.myRegistration?.status === 'REGISTERED';
  return (
    <>
      <FormError message={error} />
      <div className="actions">
        {held ? (
          <Button
            variant="secondary"
            busy={cancelling.loading}
            busyLabel="Cancelling"
            aria-label={`${seated ? 'Cancel my seat' : 'Leave the waitlist'}: ${session.title}`}
            onClick={() => setConfirming(true)}
          >
            {seated ? 'Cancel my seat' : 'Leave the waitlist'}
          </Button>
        ) : (
          <Button
            busy={registering.loading}
            busyLabel="Registering"
            aria-label={`${offersSeat(session) ? 'Register' : 'Join the waitlist'}: ${session.title}`}
            onClick={() => void run(() => register({ variables }))}
          >
            {offersSeat(session) ? 'Register' : 'Join the waitlist'}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={seated ? 'Give up your seat?' : 'Leave the waitlist?'}
        confirmLabel={seated ? 'Give up my seat' : 'Leave the waitlist'}
        busy={cancelling.loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void run(() => cancel({ variables })).then(() => setConfirming(false))}
      >
        {seated
          ? `Your seat at “${session.title}” goes to the first learner on the waitlist. Registering again puts you at the end of the queue.`
          : `You lose your place on the waitlist of “${session.title}”. Joining again puts you at the end.`}
      </ConfirmDialog>
    </>
  );
}
