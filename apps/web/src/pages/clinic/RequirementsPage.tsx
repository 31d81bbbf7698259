import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import { AddRequirementForm } from './AddRequirementForm';
import { ClinicShell } from './ClinicShell';

const RequirementsDocument = graphql(`
  query ClinicRequirements($id: ID!) {
    organization(id: $id) {
      id
      complianceReport(first: 1) {
        requirements {
          id
          label
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
    >
      {(clinic) => (
        <>
          <section className="section" aria-labelledby="required-title">
            <h2 id="required-title">Required now</h2>
            <RequirementList clinicId={clinic.id} />
          </section>
          <section className="section" aria-labelledby="add-title">
            <h2 id="add-title">Require a credential</h2>
            <AddRequirementForm clinicId={clinic.id} />
          </section>
        </>
      )}
    </ClinicShell>
  );
}

function RequirementList({ clinicId }: { clinicId: string }) {
  const result = useQuery(RequirementsDocument, { variables: { id: clinicId } });
  return (
    <QueryState result={result} label="Loading required credentials">
      {({ organization }) => {
        const requirements = organization.complianceReport.requirements;
        return requirements.length === 0 ? (
          <p>Nothing is required yet.</p>
        ) : (
          <ul>
            {requirements.map((requirement) => (
              <li key={requirement.id}>{requirement.label}</li>
            ))}
          </ul>
        );
      }}
    </QueryState>
  );
}
