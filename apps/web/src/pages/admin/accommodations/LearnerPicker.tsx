import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { errorMessage } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { FormError, TextField } from '../../../ui/Field';

const AccommodationLearnersDocument = graphql(`
  query AdminAccommodationLearners($search: String) {
    users(search: $search, first: 10) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

/** Finds an account by email or name (the users list) and chooses it. */
export function LearnerPicker({
  userId,
  error,
  onChoose,
}: {
  userId: string;
  error?: string;
  onChoose: (userId: string) => void;
}) {
  const [search, setSearch] = useState('');
  const [find, { data, loading, error: findError, called }] = useLazyQuery(
    AccommodationLearnersDocument,
  );
  const people = data?.users.edges.map((edge) => edge.node) ?? [];

  return (
    <fieldset className="fieldset" aria-describedby={error ? 'learner-error' : undefined}>
      <legend>Learner</legend>
      <div className="inline-search">
        <TextField
          label="Email or name"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void find({ variables: { search: search.trim() || null } });
            }
          }}
        />
        <Button
          variant="secondary"
          busy={loading}
          busyLabel="Finding"
          onClick={() => void find({ variables: { search: search.trim() || null } })}
        >
          Find learner
        </Button>
      </div>
      {findError && <FormError message={errorMessage(findError)} />}
      {called && !loading && people.length === 0 && <p>No account matches.</p>}
      {people.map((person) => (
        <label key={person.id} className="choice">
          <input
            type="radio"
            name="accommodation-learner"
            checked={userId === person.id}
            onChange={() => onChoose(person.id)}
          />
          <span>
            {person.displayName} <span className="muted">· {person.email}</span>
          </span>
        </label>
      ))}
      {error && (
        <p className="field-error" id="learner-error">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
