import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { CorrectionKind } from '../../gql/graphql';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField } from '../../ui/Field';
import { kindsInWords } from '../corrections/correction-words';
import { Checkbox } from './Choices';

const MarkVersionCorrectionDocument = graphql(`
  mutation TeachMarkVersionCorrection($versionId: ID!, $input: VersionCorrectionInput!) {
    markVersionCorrection(versionId: $versionId, input: $input) {
      id
      correction {
        kinds
        summary
      }
    }
  }
`);

const ClearVersionCorrectionDocument = graphql(`
  mutation TeachClearVersionCorrection($versionId: ID!) {
    clearVersionCorrection(versionId: $versionId) {
      id
      correction {
        kinds
        summary
      }
    }
  }
`);

export interface Correction {
  kinds: CorrectionKind[];
  summary: string;
}

const SUMMARY_MIN = 20;
const SUMMARY_MAX = 2000;
const HEADING = 'correction-heading';

/**
 * "This version corrects safety or legal content": on a draft, the authors say so and what
 * changed; when it is published, everyone who completed an earlier version is told. Read-only
 * once the version leaves the draft.
 */
export function CorrectionSection({
  versionId,
  correction,
  editable,
}: {
  versionId: string;
  correction: Correction | null | undefined;
  editable: boolean;
}) {
  return (
    <section className="section" aria-labelledby={HEADING}>
      <div className="section-header">
        <h2 id={HEADING}>Safety or legal correction</h2>
      </div>
      {editable ? (
        <CorrectionForm versionId={versionId} correction={correction ?? null} />
      ) : (
        <CorrectionView correction={correction ?? null} />
      )}
    </section>
  );
}

function CorrectionView({ correction }: { correction: Correction | null }) {
  if (!correction)
    return <p className="muted">This version corrects no safety or legal content.</p>;
  return (
    <div className="notice notice-warn">
      <p className="notice-title">This version corrects {kindsInWords(correction.kinds)} content</p>
      <p style={{ whiteSpace: 'pre-line' }}>{correction.summary}</p>
    </div>
  );
}

function CorrectionForm({
  versionId,
  correction,
}: {
  versionId: string;
  correction: Correction | null;
}) {
  const [kinds, setKinds] = useState<CorrectionKind[]>(correction?.kinds ?? []);
  const [summary, setSummary] = useState(correction?.summary ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [status, setStatus] = useState('');
  const [mark, marking] = useMutation(MarkVersionCorrectionDocument);
  const [clear, clearing] = useMutation(ClearVersionCorrectionDocument);
  const busy = marking.loading || clearing.loading;

  const toggle = (kind: CorrectionKind, on: boolean) =>
    setKinds((current) => (on ? [...current, kind] : current.filter((k) => k !== kind)));

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (kinds.length === 0) found['kinds'] = 'Choose safety, legal or both.';
    const length = summary.trim().length;
    if (length < SUMMARY_MIN || length > SUMMARY_MAX) {
      found['summary'] = `Say what changed in ${SUMMARY_MIN} to ${SUMMARY_MAX} characters.`;
    }
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    setStatus('');
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await mark({ variables: { versionId, input: { kinds, summary: summary.trim() } } });
      setStatus(
        '✓ Saved. Learners who completed an earlier version are told when this version is published.',
      );
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  async function onClear() {
    setFormError(undefined);
    setStatus('');
    try {
      await clear({ variables: { versionId } });
      setKinds([]);
      setSummary('');
      setErrors({});
      setStatus('✓ Cleared. Publishing this version will send no correction notice.');
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      <p className="field-hint">
        If this version corrects what earlier versions taught about safety (risks, depths,
        contraindications) or the law (scope of practice, state rules), say so here. When it is
        published, everyone who completed an earlier version gets a notice on their transcript and,
        unless they turned these emails off, an email with your summary.
      </p>
      {correction ? (
        <p>
          <Badge tone="warn">Marked</Badge> This version corrects {kindsInWords(correction.kinds)}{' '}
          content.
        </p>
      ) : (
        <p>
          <Badge tone="neutral">Not marked</Badge> Publishing this version sends no notice.
        </p>
      )}
      <fieldset
        className="fieldset"
        aria-describedby={errors['kinds'] ? 'correction-kinds-error' : undefined}
      >
        <legend>This version corrects safety or legal content</legend>
        <Checkbox
          label="Safety content"
          checked={kinds.includes('SAFETY')}
          onChange={(on) => toggle('SAFETY', on)}
        />
        <Checkbox
          label="Legal content"
          checked={kinds.includes('LEGAL')}
          onChange={(on) => toggle('LEGAL', on)}
        />
        {errors['kinds'] && (
          <p className="field-error" id="correction-kinds-error">
            <span aria-hidden="true">✕ </span>
            {errors['kinds']}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="What changed"
        hint={`Plain text, ${SUMMARY_MIN} to ${SUMMARY_MAX} characters, as learners will read it.`}
        rows={5}
        maxLength={SUMMARY_MAX}
        value={summary}
        error={errors['summary']}
        onChange={(event) => setSummary(event.target.value)}
      />
      <p role="status" className="status-text">
        {status}
      </p>
      <div className="actions">
        <Button type="submit" busy={marking.loading} busyLabel="Saving" disabled={busy}>
          Save correction
        </Button>
        {correction && (
          <Button
            variant="secondary"
            busy={clearing.loading}
            busyLabel="Clearing"
            disabled={busy}
            onClick={() => void onClear()}
          >
            Clear correction
          </Button>
        )}
      </div>
    </form>
  );
}
