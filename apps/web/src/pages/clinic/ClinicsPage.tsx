import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../graphql/errors';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { FormError, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { ROLE_LABELS } from './roles';

const MyClinicListDocument = graphql(`
  query ClinicList {
    myOrganizations {
      id
      name
      viewerRole
    }
  }
`);

const CreateClinicDocument = graphql(`
  mutation ClinicCreate($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      viewerRole
    }
  }
`);

export function ClinicsPage() {
  const result = useQuery(MyClinicListDocument);
  return (
    <Page
      title="Clinics"
      lead="Track your staff’s required credentials in one place. Members join by invitation, and only while they are members does the clinic see their certificates."
    >
      <section className="section" aria-labelledby="clinics-title">
        <h2 id="clinics-title">Your clinics</h2>
        <QueryState result={result} label="Loading your clinics">
          {({ myOrganizations: clinics }) =>
            clinics.length === 0 ? (
              <p>You belong to no clinic yet. Create one below, or accept an invitation.</p>
            ) : (
              <ul className="steps">
                {clinics.map((clinic) => (
                  <li key={clinic.id}>
                    <Link to={`/clinics/${clinic.id}`}>{clinic.name}</Link>
                    <Badge tone={clinic.viewerRole === 'ORG_ADMIN' ? 'info' : 'neutral'}>
                      {ROLE_LABELS[clinic.viewerRole]}
                    </Badge>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <section className="section" aria-labelledby="create-title">
        <h2 id="create-title">Create a clinic</h2>
        <CreateClinicForm />
      </section>
    </Page>
  );
}

function CreateClinicForm() {
  const navigate = useNavigate();
  const [create, { loading, error, reset }] = useMutation(CreateClinicDocument, {
    refetchQueries: ['ClinicList', 'MyClinics'],
  });
  const [missing, setMissing] = useState<string | undefined>();
  const errors = fieldErrors(error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    setMissing(name ? undefined : 'Name the clinic.');
    if (!name) return;
    reset();
    try {
      const { data } = await create({ variables: { input: { name } } });
      if (data) await navigate(`/clinics/${data.createOrganization.id}`);
    } catch {
      // Shown from `error`; no clinic was created.
    }
  }

  return (
    <form
      className="form narrow"
      aria-labelledby="create-title"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <TextField
        label="Clinic name"
        name="name"
        required
        autoComplete="organization"
        hint="You become its admin."
        error={missing ?? errors['name']}
      />
      {error && !errors['name'] && <FormError message={errorMessage(error)} />}
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Creating">
          Create clinic
        </Button>
      </div>
    </form>
  );
}
