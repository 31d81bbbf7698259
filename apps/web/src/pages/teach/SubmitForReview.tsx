import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { TeachCreditReportDocument } from './credit/CreditPanel';
import { creditGateProblems, type GateProblemShape } from './credit/gate-errors';
import { GateProblemList } from './credit/GateProblemList';
import { bankIndex, problemLink } from './credit/problem-links';
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

type SubmittedVersion = Pick<EditedVersion, 'id' | 'number' | 'title' | 'modules'>;

export function SubmitForReview({ version }: { version: SubmittedVersion }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [refused, setRefused] = useState<GateProblemShape[] | null>(null);
  // The answer's status updates this page; the other pages refresh when they open.
  const [submit, { loading }] = useMutation(TeachSubmitVersionDocument, {
    refetchQueries: ['TeachCreditReport'],
  });
  const credit = useQuery(TeachCreditReportDocument, { variables: { id: version.id } });
  const checked = credit.data?.courseVersion;
  const gates = checked?.creditReport?.problems ?? [];
  const blocking = gates.filter((problem) => !problem.overridden);
  const problems = readinessProblems(version);
  const context = {
    versionId: version.id,
    bankOfQuestion: bankIndex(checked?.questionBanks ?? []),
  };
  const linkFor = (field: string) => problemLink(field, context);
  // Until the report loads the gates are unknown; if it cannot load, the API still checks.
  const known = checked !== undefined || credit.error !== undefined;
  const ready = problems.length === 0 && blocking.length === 0 && known;

  async function onConfirm() {
    setError(undefined);
    setRefused(null);
    try {
      await submit({ variables: { versionId: version.id } });
    } catch (caught) {
      const gateProblems = creditGateProblems(caught);
      if (gateProblems) setRefused(gateProblems);
      else setError(errorMessage(caught));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <section className="section submit-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading">Submit for review</h2>
      <p>
        An administrator reviews the version and publishes it or sends it back with a comment. While
        it is in review it cannot change. The credit gates are checked at submission and again at
        publication.
      </p>
      {ready ? (
        <p>
          <Badge tone="ok">Ready to submit</Badge>
        </p>
      ) : (
        <p>
          <Badge tone="warn">Not ready</Badge>
        </p>
      )}
      {problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {gates.length > 0 && (
        <>
          <h3>Credit problems to fix first</h3>
          <GateProblemList problems={gates} linkFor={linkFor} />
          {blocking.length > 0 && (
            <p className="muted">
              Fix each one, or ask an administrator to override it with a written reason.
            </p>
          )}
        </>
      )}
      {refused && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">
            The version was not submitted: it fails {refused.length} credit{' '}
            {refused.length === 1 ? 'gate' : 'gates'}
          </p>
          <GateProblemList problems={refused} linkFor={linkFor} />
        </div>
      )}
      <FormError message={error} />
      <Button onClick={() => setConfirming(true)} disabled={!ready}>
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
