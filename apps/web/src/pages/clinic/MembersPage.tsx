import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import { date } from '../../ui/format';
import { ClinicShell } from './ClinicShell';
import { InviteForm } from './InviteForm';
import { MemberActions } from './MemberActions';
import { PendingInvitations } from './PendingInvitations';
import { ROLE_LABELS, requirementWords } from './roles';

const MembersDocument = graphql(`
  query ClinicMembers($id: ID!) {
    organizationMembers(organizationId: $id) {
      id
      userId
      displayName
      email
      role
      requiredToHold
      joinedAt
    }
  }
`);

export function MembersPage() {
  return (
    <ClinicShell
      section="members"
      lead="Invite staff by email, withdraw an invitation nobody has answered, change what each member may do, choose who must hold the required credentials, or remove a member."
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
            <MemberList clinicId={clinic.id} />
          </section>
        </>
      )}
    </ClinicShell>
  );
}

/** One row per member that wraps on a phone (a table would scroll sideways at 375 px). */
function MemberList({ clinicId }: { clinicId: string }) {
  const result = useQuery(MembersDocument, { variables: { id: clinicId } });
  return (
    <QueryState result={result} label="Loading members">
      {({ organizationMembers: members }) =>
        members.length === 0 ? (
          <p>No members yet.</p>
        ) : (
          <ul className="members" aria-labelledby="members-title">
            {members.map((member) => (
              <li key={member.id}>
                <div className="member-who">
                  <strong>{member.displayName}</strong>
                  <span className="muted">{member.email}</span>
                  <span className="muted">
                    {ROLE_LABELS[member.role]} · joined {date(member.joinedAt)}
                  </span>
                  <span className="muted">{requirementWords(member.requiredToHold)}</span>
                </div>
                <MemberActions clinicId={clinicId} member={member} />
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}
