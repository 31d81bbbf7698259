import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { verifyPath } from '@fascicle/api-paths';
import { graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from './StatusBadge';
import { AddRequirementForm } from './AddRequirementForm';
import { ClinicShell, type Clinic } from './ClinicShell';
import { RequirementList } from './RequirementList';
import { catalogCourses, heldSummary } from './requirements';

/**
 * The requirements with what names them, in one request: each requirement carries its title
 * (and a course's slug); the programs and the catalog's courses name the courses that earn a
 * program, and fill the form that adds a requirement.
 */
const RequiredCredentialsDocument = graphql(`
  query ClinicRequiredCredentials($id: ID!) {
    requiredCredentials(organizationId: $id) {
      id
      label
      programId
      courseId
      title
      courseSlug
    }
    credentialPrograms {
      id
      title
      courseIds
    }
    courses(first: 100) {
      edges {
        node {
          id
          slug
          currentVersion {
            id
            title
          }
        }
      }
    }
  }
`);

const MyRequiredCredentialsDocument = graphql(`
  query ClinicMyRequiredCredentials($id: ID!) {
    myRequiredCredentials(organizationId: $id) {
      requirementId
      label
      status
      certificateCode
      completedOn
      expiresOn
      revokedOn
    }
  }
`);

export function RequirementsPage() {
  return (
    <ClinicShell
      section="required credentials"
      lead="The certificates every member must hold. The roster checks each member against each one."
      staffLead="The certificates this clinic asks every member to hold. Its admins see whether yours are valid while you are a member."
      staff={(clinic) => <StaffRequirements clinic={clinic} />}
    >
      {(clinic) => <AdminRequirements clinic={clinic} />}
    </ClinicShell>
  );
}

function AdminRequirements({ clinic }: { clinic: Clinic }) {
  const result = useQuery(RequiredCredentialsDocument, { variables: { id: clinic.id } });
  return (
    <>
      <section className="section" aria-labelledby="required-title">
        <RequirementList
          clinicId={clinic.id}
          title="Required now"
          empty="Nothing is required yet. Require a credential below to see who holds it."
          result={result}
          canRemove
        />
      </section>
      <section className="section" aria-labelledby="add-title">
        <h2 id="add-title">Require a credential</h2>
        <QueryState result={result} label="Loading programs and courses">
          {(data) => (
            <AddRequirementForm
              clinicId={clinic.id}
              programs={data.credentialPrograms}
              courses={catalogCourses(data.courses)}
            />
          )}
        </QueryState>
      </section>
    </>
  );
}

function StaffRequirements({ clinic }: { clinic: Clinic }) {
  const result = useQuery(RequiredCredentialsDocument, { variables: { id: clinic.id } });
  return (
    <>
      <section className="section" aria-labelledby="required-title">
        <RequirementList
          clinicId={clinic.id}
          title="What this clinic requires of you"
          empty={`${clinic.name} requires no credential at the moment.`}
          result={result}
        />
      </section>
      <MyStatus clinic={clinic} />
      <p>
        <Link to={`/clinics/${clinic.id}`}>Back to {clinic.name}</Link>
      </p>
    </>
  );
}

/** A member's own standing against each requirement, in the roster's words and badges. */
function MyStatus({ clinic }: { clinic: Clinic }) {
  const result = useQuery(MyRequiredCredentialsDocument, { variables: { id: clinic.id } });
  return (
    <section className="section" aria-labelledby="my-status-title">
      <h2 id="my-status-title">Where you stand</h2>
      <QueryState result={result} label="Loading your certificates">
        {({ myRequiredCredentials }) =>
          myRequiredCredentials.length === 0 ? (
            <p>Nothing to hold for {clinic.name} at the moment.</p>
          ) : (
            <>
              {myRequiredCredentials.every(({ status }) => status === 'NOT_REQUIRED') && (
                <p>
                  {clinic.name} does not require you to hold these credentials: you are not counted
                  in its compliance report, nor reminded before they expire.
                </p>
              )}
              <ul className="requirements" aria-labelledby="my-status-title">
                {myRequiredCredentials.map((credential) => {
                  const held = heldSummary(credential);
                  return (
                    <li key={credential.requirementId}>
                      <div className="requirement-what">
                        <strong>{credential.label}</strong>
                        {held && credential.certificateCode ? (
                          <span className="muted">
                            {held} ·{' '}
                            <Link
                              to={verifyPath(credential.certificateCode)}
                              aria-label={`Verify certificate ${credential.certificateCode}`}
                              className="code"
                            >
                              {credential.certificateCode}
                            </Link>
                          </span>
                        ) : (
                          <span className="muted">No certificate of yours meets it yet.</span>
                        )}
                      </div>
                      <StatusBadge status={credential.status} />
                    </li>
                  );
                })}
              </ul>
            </>
          )
        }
      </QueryState>
      <p>
        The certificates you hold are under <Link to="/certificates">Certificates</Link>.
      </p>
    </section>
  );
}
