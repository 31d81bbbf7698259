import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { ClinicPendingInvitationsQuery } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import { date, dateTime } from '../../ui/format';
import { ROLE_LABELS } from './roles';

export const PendingInvitationsDocument = graphql(`
  query ClinicPendingInvitations($id: ID!) {
    pendingInvitations(organizationId: $id) {
      id
      email
      role
      invitedAt
      expiresAt
    }
  }
`);

export const CancelInvitationDocument = graphql(`
  mutation ClinicCancelInvitation($invitationId: ID!) {
    cancelInvitation(invitationId: $invitationId)
  }
`);

type Invitation = ClinicPendingInvitationsQuery['pendingInvitations'][number];

/** Invitations nobody has accepted yet, each of which an admin may withdraw. */
export function PendingInvitations({ clinicId }: { clinicId: string }) {
  const result = useQuery(PendingInvitationsDocument, { variables: { id: clinicId } });
  const [withdrawing, setWithdrawing] = useState<Invitation | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterClose = useRef(false);
  const [cancel, { loading }] = useMutation(CancelInvitationDocument, {
    refetchQueries: ['ClinicPendingInvitations'],
    awaitRefetchQueries: true,
  });

  async function onWithdraw(invitation: Invitation) {
    setError(null);
    setDone(null);
    try {
      await cancel({ variables: { invitationId: invitation.id } });
      setDone(`Withdrew the invitation to ${invitation.email}. Its link no longer works.`);
    } catch (caught) {
      setError(caught);
      // Accepted or withdrawn meanwhile: the list is out of date either way.
      if (errorCode(caught) === 'NOT_FOUND') void result.refetch().catch(() => undefined);
    }
    focusAfterClose.current = true;
    setWithdrawing(null);
  }

  // The dialog would hand focus back to the Withdraw button, which is gone once the row is:
  // keep the keyboard in this section instead. Runs after the dialog's own effect closed it.
  useEffect(() => {
    if (withdrawing !== null || !focusAfterClose.current) return;
    focusAfterClose.current = false;
    headingRef.current?.focus();
  }, [withdrawing]);

  return (
    <>
      <h2 id="pending-title" ref={headingRef} tabIndex={-1}>
        Pending invitations
      </h2>
      <div role="status">{done && <p className="notice notice-ok">{done}</p>}</div>
      {error !== null && (
        <FormError
          message={
            errorCode(error) === 'NOT_FOUND'
              ? 'This invitation was already accepted or withdrawn.'
              : errorMessage(error)
          }
        />
      )}
      <QueryState result={result} label="Loading pending invitations">
        {({ pendingInvitations: invitations }) =>
          invitations.length === 0 ? (
            <p>No invitation is waiting for an answer.</p>
          ) : (
            <ul className="invitations" aria-labelledby="pending-title">
              {invitations.map((invitation) => (
                <li key={invitation.id}>
                  <div className="invitation-who">
                    <strong>{invitation.email}</strong>
                    <span className="muted">
                      {ROLE_LABELS[invitation.role]} · sent {date(invitation.invitedAt)} · link
                      valid until {dateTime(invitation.expiresAt)}
                    </span>
                  </div>
                  <Button
                    variant="danger"
                    onClick={() => setWithdrawing(invitation)}
                    aria-label={`Withdraw the invitation to ${invitation.email}`}
                  >
                    Withdraw
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <ConfirmDialog
        open={withdrawing !== null}
        title="Withdraw this invitation?"
        confirmLabel="Withdraw invitation"
        busy={loading}
        onConfirm={() => {
          if (withdrawing) void onWithdraw(withdrawing);
        }}
        onCancel={() => setWithdrawing(null)}
      >
        <p>
          The link emailed to <strong>{withdrawing?.email}</strong> stops working at once. You can
          invite them again later.
        </p>
      </ConfirmDialog>
    </>
  );
}
