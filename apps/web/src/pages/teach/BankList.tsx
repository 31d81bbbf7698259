import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorMessage, type FieldErrors, showSubmitError } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError, TextField } from '../../ui/Field';
import type { AssessmentVersion } from './AssessmentPage';
import { plural } from '../../ui/format';

const TeachCreateBankDocument = graphql(`
  mutation TeachCreateBank($input: CreateQuestionBankInput!) {
    createQuestionBank(input: $input) {
      id
      title
    }
  }
`);

const TeachRemoveBankDocument = graphql(`
  mutation TeachRemoveBank($bankId: ID!) {
    removeQuestionBank(bankId: $bankId)
  }
`);

type Bank = AssessmentVersion['questionBanks'][number];

export function BankList({ version, editable }: { version: AssessmentVersion; editable: boolean }) {
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [toRemove, setToRemove] = useState<Bank | null>(null);
  const [create, { loading }] = useMutation(TeachCreateBankDocument, {
    refetchQueries: ['TeachAssessment'],
    awaitRefetchQueries: true,
  });
  const [remove, { loading: removing }] = useMutation(TeachRemoveBankDocument, {
    refetchQueries: ['TeachAssessment'],
    awaitRefetchQueries: true,
  });

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    try {
      await create({ variables: { input: { versionId: version.id, title } } });
      setErrors({});
      setTitle('');
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  async function onRemove(bank: Bank) {
    setFormError(undefined);
    try {
      await remove({ variables: { bankId: bank.id } });
    } catch (caught) {
      setFormError(errorMessage(caught));
    } finally {
      setToRemove(null);
    }
  }

  return (
    <section className="section" aria-labelledby="banks-heading">
      <h2 id="banks-heading">Question banks</h2>
      <FormError message={formError} />
      {version.questionBanks.length === 0 ? (
        <p>No question banks yet. A quiz needs a bank with enough questions to draw from.</p>
      ) : (
        <ul className="steps">
          {version.questionBanks.map((bank) => (
            <li key={bank.id}>
              <span>
                <Link to={`/teach/versions/${version.id}/banks/${bank.id}`}>{bank.title}</Link>{' '}
                <span className="muted">· {plural(bank.questions.length, 'question')}</span>
              </span>
              {editable && (
                <Button variant="danger" className="button-small" onClick={() => setToRemove(bank)}>
                  Remove<span className="sr-only"> bank “{bank.title}”</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          className="form narrow inline-form"
          onSubmit={(event) => void onCreate(event)}
          noValidate
        >
          <TextField
            label="New question bank"
            hint="E.g. “Module 1 questions” or “Final exam pool”."
            name="title"
            required
            maxLength={200}
            value={title}
            error={errors['title']}
            onChange={(event) => setTitle(event.target.value)}
          />
          <div className="actions">
            <Button type="submit" variant="secondary" busy={loading} busyLabel="Creating">
              Create bank
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={toRemove !== null}
        title="Remove this question bank?"
        confirmLabel="Remove bank"
        busy={removing}
        onConfirm={() => toRemove && void onRemove(toRemove)}
        onCancel={() => setToRemove(null)}
      >
        “{toRemove?.title}” and its questions will be removed from this draft. A bank a quiz draws
        from cannot be removed.
      </ConfirmDialog>
    </section>
  );
}
