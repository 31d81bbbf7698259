import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormError } from '../../ui/Field';

const MyEmailPreferencesDocument = graphql(`
  query MyEmailPreferences {
    me {
      id
      emailPreferences {
        credentialReminders
        clinicNotices
        courseCorrections
      }
    }
  }
`);

const UpdateEmailPreferencesDocument = graphql(`
  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      credentialReminders
      clinicNotices
      courseCorrections
    }
  }
`);

/** The optional emails; links a person asks for (password, invitations) always go. */
export function EmailPreferencesSection() {
  // Read afresh on every visit: the choices are not kept in the cache (they have no id), and
  // an unsubscribe link may have changed one since.
  const result = useQuery(MyEmailPreferencesDocument, { fetchPolicy: 'network-only' });
  const [update, { loading }] = useMutation(UpdateEmailPreferencesDocument);
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string>();
  const current = result.data?.me.emailPreferences;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    setFormError(undefined);
    try {
      await update({
        variables: {
          input: {
            credentialReminders: form.get('credentialReminders') === 'on',
            clinicNotices: form.get('clinicNotices') === 'on',
            courseCorrections: form.get('courseCorrections') === 'on',
          },
        },
      });
      setSaved(true);
    } catch (error) {
      setFormError(errorMessage(error));
    }
  }

  return (
    <section className="section" aria-labelledby="emails">
      <h2 id="emails">Emails</h2>
      {result.error && (
        <ErrorMessage title="Could not load your email choices">
          {errorMessage(result.error)}
        </ErrorMessage>
      )}
      {current && (
        <form className="form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
          <FormError message={formError} />
          <div className="field">
            <label>
              <input
                type="checkbox"
                name="credentialReminders"
                defaultChecked={current.credentialReminders}
              />{' '}
              Remind me before my credentials expire
            </label>
          </div>
          <div className="field">
            <label>
              <input type="checkbox" name="clinicNotices" defaultChecked={current.clinicNotices} />{' '}
              As a clinic admin, tell me when a member&apos;s credential is about to expire
            </label>
          </div>
          <div className="field">
            <label>
              <input
                type="checkbox"
                name="courseCorrections"
                defaultChecked={current.courseCorrections}
              />{' '}
              Email me when a course I completed corrects safety or legal content (the notice stays
              on my transcript either way)
            </label>
          </div>
          <p className="muted">
            Password links, address confirmations and clinic invitations always come: you asked for
            them.
          </p>
          <p role="status" className="status-text">
            {saved ? '✓ Your email choices are saved.' : ''}
          </p>
          <Button type="submit" variant="secondary" busy={loading} busyLabel="Saving">
            Save email choices
          </Button>
        </form>
      )}
    </section>
  );
}
