import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, NavLink, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { ClinicHeaderQuery } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { LeaveClinic } from './LeaveClinic';
import './clinic.css';

const ClinicHeaderDocument = graphql(`
  query ClinicHeader($id: ID!) {
    organization(id: $id) {
      id
      name
      viewerRole
      viewerMembershipId
    }
  }
`);

export type Clinic = ClinicHeaderQuery['organization'];

interface Props {
  /** The section's name, after the clinic's in the title. */
  section?: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children: (clinic: Clinic) => ReactNode;
  /** What a staff member sees on this page; without it, the staff overview. */
  staff?: (clinic: Clinic) => ReactNode;
  staffLead?: ReactNode;
}

/**
 * The clinic's name, its admin sections, and what a staff member sees instead: the API
 * refuses the roster to staff, so they get an explanation rather than an error.
 */
export function ClinicShell({ section, lead, actions, children, staff, staffLead }: Props) {
  const { clinicId = '' } = useParams();
  const result = useQuery(ClinicHeaderDocument, { variables: { id: clinicId } });
  return (
    <QueryState result={result} label="Loading the clinic">
      {({ organization: clinic }) => {
        const isAdmin = clinic.viewerRole === 'ORG_ADMIN';
        return (
          <Page
            title={section ? `${clinic.name}: ${section}` : clinic.name}
            lead={isAdmin ? lead : staff ? staffLead : undefined}
            actions={isAdmin ? actions : undefined}
          >
            {isAdmin ? (
              <>
                <ClinicNav clinicId={clinic.id} />
                {children(clinic)}
              </>
            ) : staff ? (
              staff(clinic)
            ) : (
              <StaffView clinic={clinic} />
            )}
          </Page>
        );
      }}
    </QueryState>
  );
}

function ClinicNav({ clinicId }: { clinicId: string }) {
  const base = `/clinics/${clinicId}`;
  return (
    <nav aria-label="Clinic" className="clinic-nav">
      <ul>
        <li>
          <NavLink to={base} end>
            Compliance
          </NavLink>
        </li>
        <li>
          <NavLink to={`${base}/members`}>Members and invitations</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/requirements`}>Required credentials</NavLink>
        </li>
      </ul>
    </nav>
  );
}

function StaffView({ clinic }: { clinic: Clinic }) {
  return (
    <>
      <div className="notice notice-info">
        <p className="notice-title">You are a staff member of {clinic.name}</p>
        <p>
          While you are a member, its admins can see your certificates for the credentials the
          clinic requires. Your own certificates are under{' '}
          <Link to="/certificates">Certificates</Link>.
        </p>
        <p>
          <Link to={`/clinics/${clinic.id}/requirements`}>What {clinic.name} requires of you</Link>
        </p>
      </div>
      <section className="section" aria-labelledby="membership-title">
        <h2 id="membership-title">Your membership</h2>
        <LeaveClinic clinic={clinic} />
      </section>
    </>
  );
}
