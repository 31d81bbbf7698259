import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import { date } from '../catalog/format';
import { ClinicShell } from './ClinicShell';
import { InviteForm } from './InviteForm';
import { MemberActions } from './MemberActions';
import { PendingInvitations } from './PendingInvitations';
import { ROLE_LABELS } from './roles';

const MembersDocument = graphql(`
  query ClinicMembers($id: ID!) {
    organizationMembers(organizationId: $id) {
      id
      userId
      displayName
      email
      role
      joinedAt
    }
  }
`);

export function MembersPage() {
  return (
    <ClinicShell
      section="members"
      lead="Invite staff by email, withdraw an invitation nobody has answered, change what each member may do, or remove a member."
    >
      {(clinic) => (
        <>
          <section className="section" aria-labelledby="invite-title">
            <h2 id="invite-title">Invite staff</h2>
            <InviteForm clinicId={clinic.id} />
          </section>
          <section className="section" aria-labelledby="pending-title">
            <PendingInvitations clinicId={clinic.id} />
          </section>
          <section className="section" aria-labelledby="members-title">
            <h2 id="members-title">Members</h2>
            <MembersTable clinicId={clinic.id} />
          </section>
        </>
      )}
    </ClinicShell>
  );
}

function MembersTable({ clinicId }: { clinicId: string }) {
  const result = useQuery(MembersDocument, { variables: { id: clinicId } });
  return (
    <QueryState result={result} label="Loading members">
      {({ organizationMembers: members }) =>
        members.length === 0 ? (
          <p>No members yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="sr-only">Members</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Role</th>
                  <th scope="col">Joined</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">
                      {member.displayName}
                      <br />
                      <span className="muted">{member.email}</span>
                    </th>
                    <td>{ROLE_LABELS[member.role]}</td>
                    <td>{date(member.joinedAt)}</td>
                    <td>
                      <MemberActions member={member} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryState>
  );
}
