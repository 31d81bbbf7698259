import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { FormError, TextAreaField } from '../../../ui/Field';
import { overrideReasonProblem, OVERRIDE_REASON_MAX } from './override-reason';

const OverrideGatesDocument = graphql(`
  mutation AdminOverrideGates($input: OverrideCreditGatesInput!) {
    overrideCreditGates(input: $input) {
      id
      status
    }
  }
`);

const PublishAfterOverrideDocument = graphql(`
  mutation AdminPublishAfterOverride($versionId: ID!) {
    publishCourseVersion(versionId: $versionId) {
      id
      status
      publishedAt
    }
  }
`);

/**
 * Publishing despite the credit gates: the admin writes why credit is justified (audited,
 * and kept on the version's review record), then the version is published.
 */
export function OverridePublishForm({
  versionId,
  name,
  onPublished,
  onCancel,
}: {
  versionId: string;
  /** "Title, version N", for labels. */
  name: string;
  onPublished: () => void;
  onCancel: () => void;
}) {
  const refetch = { refetchQueries: ['AdminReviewQueue', 'AdminReviewVersion'] };
  const [override, overriding] = useMutation(OverrideGatesDocument, refetch);
  const [publish, publishing] = useMutation(PublishAfterOverrideDocument, refetch);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const headingId = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const problem = overrideReasonProblem(reason);
    setReasonError(problem ?? undefined);
    if (problem) return;
    try {
      await override({ variables: { input: { versionId, reason: reason.trim() } } });
      await publish({ variables: { versionId } });
      onPublished();
    } catch (caught) {
      const byField = fieldErrors(caught);
      if (byField['reason']) setReasonError(byField['reason']);
      else setError(caught);
    }
  }

  return (
    <form
      className="form"
      aria-labelledby={headingId}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h3 id={headingId}>Override the credit gates and publish {name}</h3>
      <TextAreaField
        label="Why credit is justified despite these problems"
        hint={`At least 20 characters. Kept in the audit log and on the version’s review record, where the authors and later reviewers read it.`}
        name="reason"
        rows={4}
        maxLength={OVERRIDE_REASON_MAX}
        required
        value={reason}
        error={reasonError}
        onChange={(event) => setReason(event.target.value)}
      />
      {error !== null && <FormError message={errorMessage(error)} />}
      <div className="actions">
        <Button
          type="submit"
          variant="danger"
          busy={overriding.loading || publishing.loading}
          busyLabel="Publishing"
        >
          Override and publish
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
