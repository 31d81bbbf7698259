import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import { STATE_OPTIONS, stateName } from '../account/us-states';

const ClinicStateDocument = graphql(`
  query ClinicPractiseState($id: ID!) {
    organization(id: $id) {
      id
      state
    }
  }
`);

const SetClinicStateDocument = graphql(`
  mutation SetClinicState($input: SetOrganizationStateInput!) {
    setOrganizationState(input: $input) {
      id
      state
    }
  }
`);

/**
 * The state the clinic practises in: its staff are checked against that state's dry needling
 * rule in the roster. Clinic admins set it (the API audits the change); the roster and its
 * totals are fetched again, since every member's answer changes with it.
 */
export function ClinicState({ clinicId }: { clinicId: string }) {
  const result = useQuery(ClinicStateDocument, { variables: { id: clinicId } });
  const [setState, { loading }] = useMutation(SetClinicStateDocument, {
    refetchQueries: ['ClinicRoster'],
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('state') ?? '');
    setErrors({});
    setFormError(undefined);
    setDone(undefined);
    try {
      await setState({ variables: { input: { organizationId: clinicId, state: chosen || null } } });
      setDone(
        chosen
          ? `Your clinic practises in ${stateName(chosen)}: staff are checked against its rule.`
          : 'Your clinic names no state: the roster shows no dry needling answer.',
      );
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <QueryState result={result} label="Loading the clinic’s state">
      {({ organization }) => (
        <form
          className="form"
          aria-label="The clinic’s state"
          onSubmit={(event) => void onSubmit(event)}
          noValidate
        >
          <p>
            {organization.state
              ? `Staff are checked against ${stateName(organization.state)}’s dry needling rule.`
              : 'Choose the state your clinic practises in to see who may dry needle there.'}
          </p>
          <FormError message={formError} />
          <div className="field-row">
            <SelectField
              // A new key after each save: the select starts again from the saved state.
              key={organization.state ?? ''}
              label="State the clinic practises in"
              name="state"
              defaultValue={organization.state ?? ''}
              error={errors['state']}
            >
              <option value="">None</option>
              {STATE_OPTIONS.map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="actions">
            <Button type="submit" variant="secondary" busy={loading} busyLabel="Saving">
              Save the state
            </Button>
          </div>
          <div role="status">{done && <p className="notice notice-ok">✓ {done}</p>}</div>
        </form>
      )}
    </QueryState>
  );
}
