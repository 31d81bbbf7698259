import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import type { EditedVersion } from './VersionEditorPage';

const TeachSubmitVersionDocument = graphql(`
  mutation TeachSubmitVersion($versionId: ID!) {
    submitCourseVersion(versionId: $versionId) {
      id
      status
      submittedAt
      reviewComment
    }
  }
`);

/**
 * What the API will check before accepting the version, said up front. The API checks again
 * (quizzes whose bank cannot fill them, too) and its answer is shown if it refuses.
 */
export function readinessProblems(version: Pick<EditedVersion, 'modules'>): string[] {
  const problems: string[] = [];
  if (version.modules.length === 0) problems.push('Add at least one module.');
  for (const module of version.modules) {
    if (module.lessons.length === 0) problems.push(`Add a lesson to “${module.title}”.`);
  }
  return problems;
}

export function SubmitForReview({ version }: { version: EditedVersion }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  // The answer's status updates this page; the other pages refresh when they open.
  const [submit, { loading }] = useMutation(TeachSubmitVersionDocument);
  const problems = readinessProblems(version);

  async function onConfirm() {
    setError(undefined);
    try {
      await submit({ variables: { versionId: version.id } });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <section className="section submit-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading">Submit for review</h2>
      <p>
        An administrator reviews the version and publishes it or sends it back with a comment. While
        it is in review it cannot change.
      </p>
      {problems.length > 0 ? (
        <>
          <p>
            <Badge tone="warn">Not ready</Badge>
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          <Badge tone="ok">Ready to submit</Badge>
        </p>
      )}
      <FormError message={error} />
      <Button onClick={() => setConfirming(true)} disabled={problems.length > 0}>
        Submit for review
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Submit this version for review?"
        confirmLabel="Submit"
        busy={loading}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        Version {version.number} of “{version.title}” goes to the review queue. You cannot change it
        until it is published or sent back.
      </ConfirmDialog>
    </section>
  );
}
