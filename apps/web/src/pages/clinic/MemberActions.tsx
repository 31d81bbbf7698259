import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/useAuth';
import { graphql } from '../../gql';
import type { OrganizationRole } from '../../gql/graphql';
import { errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { forgetComplianceReport } from './requirements';
import { RequirementToggle } from './RequirementToggle';
import { ROLE_LABELS } from './roles';

const ChangeMemberRoleDocument = graphql(`
  mutation ClinicChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

const EndMembershipDocument = graphql(`
  mutation ClinicEndMembership($membershipId: ID!) {
    endMembership(membershipId: $membershipId)
  }
`);

interface Member {
  id: string;
  userId: string;
  displayName: string;
  role: OrganizationRole;
  requiredToHold: boolean;
}

/**
 * Make admin / make staff, require the credentials or not, and remove (or leave, for your own
 * row) after a confirmation.
 */
export function MemberActions({ clinicId, member }: { clinicId: string; member: Member }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const isSelf = user?.id === member.userId;
  const [confirming, setConfirming] = useState(false);
  // The compliance report lists members with their roles: drop it rather than refetch
  // queries that are not on this screen.
  const [changeRole, changing] = useMutation(ChangeMemberRoleDocument, {
    update: (cache) => forgetComplianceReport(cache, clinicId),
  });
  const [endMembership, ending] = useMutation(EndMembershipDocument, {
    refetchQueries: ['ClinicMembers', 'MyClinics'],
    update: (cache) => forgetComplianceReport(cache, clinicId),
  });
  const [error, setError] = useState<unknown>(null);
  const otherRole: OrganizationRole = member.role === 'ORG_ADMIN' ? 'STAFF' : 'ORG_ADMIN';

  async function onChangeRole() {
    setError(null);
    try {
      await changeRole({ variables: { input: { membershipId: member.id, role: otherRole } } });
    } catch (caught) {
      setError(caught);
    }
  }

  async function onEnd() {
    setError(null);
    try {
      await endMembership({ variables: { membershipId: member.id } });
      setConfirming(false);
      if (isSelf) await navigate('/clinics');
    } catch (caught) {
      setConfirming(false);
      setError(caught);
    }
  }

  return (
    <div className="member-actions">
      <div className="actions">
        <Button
          variant="secondary"
          busy={changing.loading}
          busyLabel="Saving"
          onClick={() => void onChangeRole()}
          aria-label={`Make ${member.displayName} ${ROLE_LABELS[otherRole].toLowerCase()}`}
        >
          Make {ROLE_LABELS[otherRole].toLowerCase()}
        </Button>
        <RequirementToggle clinicId={clinicId} member={member} onError={setError} />
        <Button
          variant="danger"
          onClick={() => setConfirming(true)}
          aria-label={isSelf ? 'Leave this clinic' : `Remove ${member.displayName}`}
        >
          {isSelf ? 'Leave' : 'Remove'}
        </Button>
      </div>
      {error !== null && <FormError message={errorMessage(error)} />}
      <ConfirmDialog
        open={confirming}
        title={isSelf ? 'Leave this clinic?' : `Remove ${member.displayName}?`}
        confirmLabel={isSelf ? 'Leave' : 'Remove'}
        busy={ending.loading}
        onConfirm={() => void onEnd()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {isSelf
            ? 'You will no longer see this clinic. An admin must invite you again to rejoin.'
            : `The clinic stops seeing ${member.displayName}’s credentials at once. To add them back, invite them again.`}
        </p>
      </ConfirmDialog>
    </div>
  );
}
