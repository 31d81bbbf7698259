import { useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { RadioGroup } from './Choices';
import { SECTION } from './credit/problem-links';
import {
  CREDENTIAL_KINDS,
  credentialKindLabel,
  creditDetailsDraft,
  parseCreditDetails,
  type CreditDetailsSource,
} from './credit-details';
import { useEditToggle } from './useEditToggle';
import { useUpdateVersion } from './useUpdateVersion';

/** What the certificate attests, and the dates credit is offered between. */
export function CreditDetails({
  version,
  editable,
}: {
  version: CreditDetailsSource & { id: string };
  editable: boolean;
}) {
  const { editing, open, close, triggerId } = useEditToggle();
  return (
    <section className="section" aria-labelledby={SECTION.credit}>
      <div className="section-header">
        <h2 id={SECTION.credit}>Credential and credit period</h2>
        {editable && !editing && (
          <Button id={triggerId} variant="secondary" onClick={open}>
            Edit credential and dates
          </Button>
        )}
      </div>
      {editing ? (
        <CreditDetailsForm version={version} onDone={close} />
      ) : (
        <dl className="details">
          <dt>Credential</dt>
          <dd>{credentialKindLabel(version.credentialKind)}</dd>
          <dt>Scope statement</dt>
          <dd className="pre-wrap">{version.scopeStatement || 'None yet'}</dd>
          <dt>Released on</dt>
          <dd>{version.releasedOn ?? 'The day it is published'}</dd>
          <dt>Content last reviewed</dt>
          <dd>{version.contentReviewedOn ?? 'Not given: required to publish'}</dd>
          <dt>Credit offered until</dt>
          <dd>{version.creditEndsOn ?? 'Not given: required to publish'}</dd>
        </dl>
      )}
    </section>
  );
}

function CreditDetailsForm({
  version,
  onDone,
}: {
  version: CreditDetailsSource & { id: string };
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(() => creditDetailsDraft(version));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [update, { loading }] = useUpdateVersion();
  const set = <K extends keyof typeof draft>(field: K, value: (typeof draft)[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    const parsed = parseCreditDetails(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    try {
      // An empty date is null: the API leaves the stored one as it is.
      await update({ variables: { input: { versionId: version.id, ...parsed.values } } });
      onDone();
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      <RadioGroup
        legend="What the credential certifies"
        name="credentialKind"
        value={draft.credentialKind}
        choices={CREDENTIAL_KINDS}
        error={errors['credentialKind']}
        onChange={(value) => set('credentialKind', value)}
      />
      <TextAreaField
        label="Scope statement"
        hint="Printed on the certificate: what it attests and what it does not, e.g. “Didactic coursework only; it does not by itself authorise anyone to perform dry needling.”"
        name="scopeStatement"
        rows={3}
        maxLength={1000}
        value={draft.scopeStatement}
        error={errors['scopeStatement']}
        onChange={(event) => set('scopeStatement', event.target.value)}
      />
      <div className="field-row">
        <TextField
          label="Released on (optional)"
          hint="Empty: the day it is published."
          name="releasedOn"
          type="date"
          value={draft.releasedOn}
          error={errors['releasedOn']}
          onChange={(event) => set('releasedOn', event.target.value)}
        />
        <TextField
          label="Content last reviewed on"
          hint="Review the content at least every three years."
          name="contentReviewedOn"
          type="date"
          value={draft.contentReviewedOn}
          error={errors['contentReviewedOn']}
          onChange={(event) => set('contentReviewedOn', event.target.value)}
        />
        <TextField
          label="Credit offered until"
          hint="The last day learners can earn credit: at most three years after the review."
          name="creditEndsOn"
          type="date"
          value={draft.creditEndsOn}
          error={errors['creditEndsOn']}
          onChange={(event) => set('creditEndsOn', event.target.value)}
        />
      </div>
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Saving">
          Save credential and dates
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={loading}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
