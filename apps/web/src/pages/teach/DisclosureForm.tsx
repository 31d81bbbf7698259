import { useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/Field';
import { RadioGroup } from './Choices';
import { ContributorFields } from './ContributorFields';
import {
  disclosureDraft,
  emptyContributor,
  emptyRelationship,
  parseDisclosure,
  type DisclosureSource,
} from './disclosure-draft';
import { RelationshipsEditor } from './RelationshipsEditor';
import { useUpdateVersion } from './useUpdateVersion';

type Has = 'none' | 'some';

/** Everyone who controls the content and their relationships, and commercial support. */
export function DisclosureForm({
  versionId,
  disclosure,
  onDone,
}: {
  versionId: string;
  disclosure: DisclosureSource | null | undefined;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(() => disclosureDraft(disclosure));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [update, { loading }] = useUpdateVersion();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    const parsed = parseDisclosure(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setFormError('Some answers need attention: see the fields marked below.');
      return;
    }
    setErrors({});
    try {
      await update({ variables: { input: { versionId, disclosure: parsed.disclosure } } });
      onDone();
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      <p className="field-hint">
        Learners read this before enrolling, and each certificate keeps a copy. List everyone who
        wrote or reviewed the content.
      </p>
      {errors['disclosure.contributors'] && (
        <p className="field-error">
          <span aria-hidden="true">✕ </span>
          {errors['disclosure.contributors']}
        </p>
      )}
      {draft.contributors.map((person, index) => (
        <ContributorFields
          key={index}
          person={person}
          index={index}
          errors={errors}
          onChange={(next) =>
            setDraft({
              ...draft,
              contributors: draft.contributors.map((p, i) => (i === index ? next : p)),
            })
          }
          onRemove={() =>
            setDraft({
              ...draft,
              contributors: draft.contributors.filter((_, i) => i !== index),
            })
          }
        />
      ))}
      <div>
        <Button
          variant="secondary"
          className="button-small"
          onClick={() =>
            setDraft({ ...draft, contributors: [...draft.contributors, emptyContributor('')] })
          }
        >
          Add a contributor
        </Button>
      </div>
      <RadioGroup<Has>
        legend="Commercial support for this course"
        name="commercial-support"
        value={draft.hasCommercialSupport ? 'some' : 'none'}
        choices={[
          { value: 'none', label: 'None' },
          { value: 'some', label: 'Yes: list each supporter and what they gave' },
        ]}
        onChange={(value) =>
          setDraft({
            ...draft,
            hasCommercialSupport: value === 'some',
            commercialSupport:
              value === 'some' && draft.commercialSupport.length === 0
                ? [emptyRelationship()]
                : draft.commercialSupport,
          })
        }
      />
      {draft.hasCommercialSupport && (
        <RelationshipsEditor
          items={draft.commercialSupport}
          field="disclosure.commercialSupport"
          errors={errors}
          noun={(i) => `supporter ${i + 1}`}
          addLabel={{ visible: 'Add a supporter' }}
          onChange={(commercialSupport) => setDraft({ ...draft, commercialSupport })}
        />
      )}
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Saving">
          Save disclosure
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={loading}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
