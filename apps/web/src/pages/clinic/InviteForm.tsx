import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { inviteConfirmation } from './invitation';
import { PendingInvitationsDocument } from './PendingInvitations';
import { ROLE_LABELS, isOrganizationRole } from './roles';

const InviteMemberDocument = graphql(`
  mutation ClinicInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
    }
  }
`);

/**
 * The API emails a one-time link; the invitation then waits under "Pending invitations".
 * Inviting a pending address again resends: the API replaces the earlier invitation.
 */
export function InviteForm({ clinicId }: { clinicId: string }) {
  const client = useApolloClient();
  const [invite, { loading, error, reset }] = useMutation(InviteMemberDocument, {
    refetchQueries: ['ClinicPendingInvitations'],
  });
  const [sent, setSent] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | undefined>();
  const errors = fieldErrors(error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const role = String(data.get('role'));
    setMissing(email ? undefined : 'Type the email address to invite.');
    if (!email) return;
    reset();
    setSent(null);
    // The list on screen, as it was before this invitation replaces a pending one.
    const pending =
      client.readQuery({ query: PendingInvitationsDocument, variables: { id: clinicId } })
        ?.pendingInvitations ?? [];
    try {
      const result = await invite({
        variables: {
          input: {
            organizationId: clinicId,
            email,
            role: isOrganizationRole(role) ? role : 'STAFF',
          },
        },
      });
      const invitation = result.data?.inviteMember;
      if (invitation) setSent(inviteConfirmation(invitation, pending));
      form.reset();
    } catch {
      // Shown from `error`; nobody was invited.
    }
  }

  return (
    <>
      <form
        className="form narrow"
        aria-labelledby="invite-title"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
      >
        <TextField
          label="Email address"
          name="email"
          type="email"
          autoComplete="off"
          required
          hint="They get a link that is valid for 14 days. They join once they accept it."
          error={missing ?? errors['email']}
        />
        <SelectField label="Role" name="role" defaultValue="STAFF" error={errors['role']}>
          <option value="STAFF">{ROLE_LABELS.STAFF}</option>
          <option value="ORG_ADMIN">{ROLE_LABELS.ORG_ADMIN}</option>
        </SelectField>
        {error && !errors['email'] && !errors['role'] && (
          <FormError message={errorMessage(error)} />
        )}
        <div className="actions">
          <Button type="submit" busy={loading} busyLabel="Sending">
            Send invitation
          </Button>
        </div>
      </form>
      <div role="status">{sent && <p className="notice notice-ok">{sent}</p>}</div>
    </>
  );
}
