import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { errorCode } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { Clinic } from './ClinicShell';

const LeaveClinicDocument = graphql(`
  mutation ClinicLeave($membershipId: ID!) {
    endMembership(membershipId: $membershipId)
  }
`);

/**
 * Ends the viewer's own membership. Leaving withdraws the consent given by accepting the
 * invitation, so the dialog says what the clinic stops seeing.
 */
export function LeaveClinic({ clinic }: { clinic: Clinic }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [leave, { loading }] = useMutation(LeaveClinicDocument, {
    refetchQueries: ['MyClinics', 'ClinicList'],
  });
  const isAdmin = clinic.viewerRole === 'ORG_ADMIN';

  async function onLeave() {
    setError(null);
    try {
      await leave({ variables: { membershipId: clinic.viewerMembershipId } });
      setConfirming(false);
      await navigate('/clinics');
      // Only once this clinic's screens are gone: evicting earlier would refetch them and
      // flash "not found" before the navigation.
      client.cache.evict({
        id: client.cache.identify({ __typename: 'Organization', id: clinic.id }),
      });
      client.cache.gc();
    } catch (caught) {
      setConfirming(false);
      setError(caught);
    }
  }

  return (
    <div className="leave-clinic">
      <p>
        {isAdmin
          ? `Leaving ends your membership: you stop managing ${clinic.name}, and it stops seeing your certificates.`
          : `Leaving ends your membership: ${clinic.name} stops seeing your certificates.`}
      </p>
      <div className="actions">
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Leave this clinic
        </Button>
      </div>
      {error !== null && (
        <ErrorMessage title="You are still a member" error={error}>
          {errorCode(error) === 'CONFLICT' &&
            'Make another member a clinic admin first, under Members and invitations.'}
        </ErrorMessage>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Leave ${clinic.name}?`}
        confirmLabel="Leave clinic"
        busy={loading}
        onConfirm={() => void onLeave()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {clinic.name} stops seeing your certificates and their state at once, including for the
          credentials it requires of you. Your certificates stay yours.
        </p>
        <p>
          {isAdmin ? 'You will no longer see its roster. ' : ''}To rejoin, an admin must invite you
          again.
        </p>
      </ConfirmDialog>
    </div>
  );
}
