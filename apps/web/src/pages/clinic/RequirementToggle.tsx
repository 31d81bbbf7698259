import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { forgetComplianceReport } from './requirements';

const SetMemberRequirementDocument = graphql(`
  mutation ClinicSetMemberRequirement($input: SetMemberRequirementInput!) {
    setMemberRequirement(input: $input) {
      id
      requiredToHold
    }
  }
`);

interface Member {
  id: string;
  displayName: string;
  requiredToHold: boolean;
}

/**
 * Switches whether the clinic requires a member to hold its required credentials: a member
 * not required is listed in the compliance report but not counted, nor reminded.
 */
export function RequirementToggle({
  clinicId,
  member,
  onError,
}: {
  clinicId: string;
  member: Member;
  onError: (error: unknown) => void;
}) {
  // The report's totals change: drop it rather than refetch queries not on this screen.
  const [setRequirement, { loading }] = useMutation(SetMemberRequirementDocument, {
    update: (cache) => forgetComplianceReport(cache, clinicId),
  });
  const next = !member.requiredToHold;

  async function onClick() {
    onError(null);
    try {
      await setRequirement({
        variables: { input: { membershipId: member.id, requiredToHold: next } },
      });
    } catch (caught) {
      onError(caught);
    }
  }

  return (
    <Button
      variant="secondary"
      busy={loading}
      busyLabel="Saving"
      onClick={() => void onClick()}
      aria-label={
        next
          ? `Require ${member.displayName} to hold the required credentials`
          : `Stop requiring ${member.displayName} to hold the required credentials`
      }
    >
      {next ? 'Require credentials' : 'Stop requiring credentials'}
    </Button>
  );
}
