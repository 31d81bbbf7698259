import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { ClinicInviteMemberMutation } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { dateTime } from '../admin/format';
import { ROLE_LABELS, isOrganizationRole } from './roles';

const InviteMemberDocument = graphql(`
  mutation ClinicInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
    }
  }
`);

type Invitation = ClinicInviteMemberMutation['inviteMember'];

/**
 * The API emails a one-time link; it keeps no list of pending invitations the web app could
 * read, so the ones sent from this screen are listed until it is left.
 */
export function InviteForm({ clinicId }: { clinicId: string }) {
  const [invite, { loading, error, reset }] = useMutation(InviteMemberDocument);
  const [sent, setSent] = useState<Invitation[]>([]);
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
      if (invitation) setSent((list) => [invitation, ...list]);
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
      <div role="status">
        {sent.length > 0 && (
          <div className="notice notice-ok">
            <p className="notice-title">Invitations sent</p>
            <ul>
              {sent.map((invitation) => (
                <li key={invitation.id}>
                  {invitation.email} as {ROLE_LABELS[invitation.role].toLowerCase()}: pending until
                  they accept (link valid until {dateTime(invitation.expiresAt)})
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </>
  );
}
