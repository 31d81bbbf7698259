import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField } from '../../ui/Field';
import { date } from '../../ui/format';
import { SessionDetails, type SupervisedSession } from './SessionDetails';

const ConfirmSupervisedSessionDocument = graphql(`
  mutation ConfirmSupervisedSession($id: ID!) {
    confirmSupervisedSession(id: $id) {
      ...SupervisedSessionFields
    }
  }
`);

const RejectSupervisedSessionDocument = graphql(`
  mutation RejectSupervisedSession($id: ID!, $reason: String!) {
    rejectSupervisedSession(id: $id, reason: $reason) {
      ...SupervisedSessionFields
    }
  }
`);

/** Once decided, the session leaves the list (the API lists only those still waiting). */
const REFETCH = { refetchQueries: ['SessionsToConfirm'] };

/**
 * One session waiting for the supervisor: confirm it, or reject it with a reason the learner
 * reads. A decision is final, so rejecting asks for the reason before it is sent.
 */
export function SessionDecision({
  session,
  onDecided,
}: {
  session: SupervisedSession;
  onDecided: (message: string) => void;
}) {
  const [confirm, confirming] = useMutation(ConfirmSupervisedSessionDocument, REFETCH);
  const [reject, rejecting] = useMutation(RejectSupervisedSessionDocument, REFETCH);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [reasonMissing, setReasonMissing] = useState<string>();
  const what = `the session of ${date(session.sessionDate)} by ${session.learnerName}`;
  const rejectErrors = fieldErrors(rejecting.error);
  const busy = confirming.loading || rejecting.loading;

  async function onConfirm() {
    rejecting.reset();
    try {
      await confirm({ variables: { id: session.id } });
      onDecided(`Confirmed ${what}.`);
    } catch {
      // Shown below from `confirming.error` (e.g. no qualification recorded yet).
    }
  }

  async function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    setReasonMissing(reason ? undefined : 'Say why, so the learner can correct their log.');
    if (!reason) return;
    confirming.reset();
    try {
      await reject({ variables: { id: session.id, reason } });
      onDecided(`Rejected ${what}.`);
    } catch {
      // Shown beside the reason from `rejecting.error`.
    }
  }

  return (
    <li className="log-entry" aria-label={`${session.learnerName}, ${date(session.sessionDate)}`}>
      <p>
        <strong>{date(session.sessionDate)}</strong> · {session.learnerName}
      </p>
      <SessionDetails session={session} show="learner" />
      {confirming.error && <FormError message={errorMessage(confirming.error)} />}
      {rejectOpen ? (
        <form
          className="form narrow"
          aria-label={`Reject ${what}`}
          onSubmit={(event) => void onReject(event)}
          noValidate
        >
          <TextAreaField
            label="Reason for rejecting"
            name="reason"
            rows={3}
            maxLength={500}
            required
            autoFocus
            hint="The learner sees it. No patient identifiers."
            error={reasonMissing ?? rejectErrors['reason'] ?? rejectErrors['id']}
          />
          {rejecting.error && !rejectErrors['reason'] && !rejectErrors['id'] && (
            <FormError message={errorMessage(rejecting.error)} />
          )}
          <div className="actions">
            <Button type="submit" variant="danger" busy={rejecting.loading} busyLabel="Rejecting">
              Reject session
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => {
                setRejectOpen(false);
                setReasonMissing(undefined);
                rejecting.reset();
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <Button
            busy={confirming.loading}
            busyLabel="Confirming"
            disabled={busy}
            aria-label={`Confirm ${what}`}
            onClick={() => void onConfirm()}
          >
            Confirm
          </Button>
          <Button
            variant="secondary"
            disabled={busy}
            aria-label={`Reject ${what}`}
            onClick={() => setRejectOpen(true)}
          >
            Reject…
          </Button>
        </div>
      )}
    </li>
  );
}
