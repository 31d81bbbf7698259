import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormError, TextAreaField } from '../../../ui/Field';
import { creditGateProblems, type GateProblemShape } from '../../teach/credit/gate-errors';
import { GateProblemList } from '../../teach/credit/GateProblemList';
import { OverridePublishForm } from './OverridePublishForm';

const PublishVersionDocument = graphql(`
  mutation AdminPublishVersion($versionId: ID!) {
    publishCourseVersion(versionId: $versionId) {
      id
      status
      publishedAt
    }
  }
`);

const SendBackVersionDocument = graphql(`
  mutation AdminSendBackVersion($input: SendBackCourseVersionInput!) {
    sendBackCourseVersion(input: $input) {
      id
      status
      reviewComment
    }
  }
`);

export interface ReviewedVersion {
  id: string;
  title: string;
  number: number;
}

interface Props {
  version: ReviewedVersion;
  /** Told what happened, in words fit for a status message. */
  onDone: (message: string) => void;
  /** Credit gates the version fails now, when the page knows (publishing will refuse). */
  blockingProblems?: number;
}

/**
 * Publish (after a confirmation: it replaces what learners get) or send back to the authors
 * with a comment they will read. Both leave the version out of the queue.
 */
export function ReviewActions({ version, onDone, blockingProblems = 0 }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [sendingBack, setSendingBack] = useState(false);
  const [publish, publishing] = useMutation(PublishVersionDocument, {
    refetchQueries: ['AdminReviewQueue'],
  });
  const [publishError, setPublishError] = useState<unknown>(null);
  const [gateProblems, setGateProblems] = useState<GateProblemShape[] | null>(null);
  const name = `${version.title}, version ${version.number}`;

  async function onPublish() {
    setPublishError(null);
    setGateProblems(null);
    try {
      await publish({ variables: { versionId: version.id } });
      setConfirming(false);
      onDone(`Published ${name}.`);
    } catch (caught) {
      setConfirming(false);
      const problems = creditGateProblems(caught);
      if (problems) setGateProblems(problems);
      else setPublishError(caught);
    }
  }

  return (
    <div className="review-actions">
      <div className="actions">
        <Button onClick={() => setConfirming(true)} aria-label={`Publish ${name}`}>
          Publish
        </Button>
        <Button
          variant="secondary"
          aria-expanded={sendingBack}
          aria-label={`Send back ${name}`}
          onClick={() => setSendingBack((open) => !open)}
        >
          Send back
        </Button>
      </div>
      {blockingProblems > 0 && gateProblems === null && (
        <p className="muted">
          This version fails {blockingProblems} credit {blockingProblems === 1 ? 'gate' : 'gates'}:
          publishing it needs a written override.
        </p>
      )}
      {publishError !== null && <FormError message={errorMessage(publishError)} />}
      {gateProblems !== null && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">
            Not published: {name} fails {gateProblems.length} credit{' '}
            {gateProblems.length === 1 ? 'gate' : 'gates'}
          </p>
          <GateProblemList problems={gateProblems} blockingLabel="Blocks publication" />
          <p>Send it back to its authors, or override the gates with a written reason.</p>
        </div>
      )}
      {gateProblems !== null && (
        <OverridePublishForm
          versionId={version.id}
          name={name}
          onCancel={() => setGateProblems(null)}
          onPublished={() => {
            setGateProblems(null);
            onDone(`Published ${name}, overriding the credit gates.`);
          }}
        />
      )}
      {sendingBack && (
        <SendBackForm
          version={version}
          onCancel={() => setSendingBack(false)}
          onSent={() => {
            setSendingBack(false);
            onDone(`Sent ${name} back to its authors.`);
          }}
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={`Publish ${name}?`}
        confirmLabel="Publish"
        busy={publishing.loading}
        onConfirm={() => void onPublish()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          The catalog will show this version and new enrollments will get it. The version it
          replaces is retired; learners already enrolled keep theirs. A published version cannot be
          changed.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function SendBackForm({
  version,
  onCancel,
  onSent,
}: {
  version: ReviewedVersion;
  onCancel: () => void;
  onSent: () => void;
}) {
  const [sendBack, { loading, error }] = useMutation(SendBackVersionDocument, {
    refetchQueries: ['AdminReviewQueue'],
  });
  const [missing, setMissing] = useState(false);
  const headingId = useId();
  const errors = fieldErrors(error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const comment = String(new FormData(event.currentTarget).get('comment') ?? '').trim();
    setMissing(comment === '');
    if (comment === '') return;
    try {
      await sendBack({ variables: { input: { versionId: version.id, comment } } });
      onSent();
    } catch {
      // Shown below from `error`; nothing changed.
    }
  }

  const commentError = missing ? 'Write what the authors must change.' : errors['comment'];
  return (
    <form
      className="form"
      aria-labelledby={headingId}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h3 id={headingId}>Send back version {version.number}</h3>
      <TextAreaField
        label="Comment for the authors"
        name="comment"
        rows={4}
        required
        hint="What must change before they submit again. The authors see this comment."
        error={commentError}
      />
      {error && !errors['comment'] && <FormError message={errorMessage(error)} />}
      <div className="actions">
        <Button type="submit" variant="danger" busy={loading} busyLabel="Sending back">
          Send back to authors
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={loading}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
