import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import { AddRequirementForm } from './AddRequirementForm';
import { ClinicShell, type Clinic } from './ClinicShell';
import { RequirementList } from './RequirementList';
import { catalogCourses } from './requirements';

/**
 * The requirements with what names them, in one request: programs and the catalog's courses
 * are matched by id on the page rather than asked for one by one.
 */
const RequiredCredentialsDocument = graphql(`
  query ClinicRequiredCredentials($id: ID!) {
    requiredCredentials(organizationId: $id) {
      id
      label
      programId
      courseId
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
        <p>
          The certificates you hold are under <Link to="/certificates">Certificates</Link>.
        </p>
      </section>
      <p>
        <Link to={`/clinics/${clinic.id}`}>Back to {clinic.name}</Link>
      </p>
    </>
  );
}
