import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField } from '../../ui/Field';
import { CourseFields, courseFieldsDraft, parseCourseFields } from './CourseFields';
import type { EditedVersion } from './VersionEditorPage';
import { useEditToggle } from './useEditToggle';

const TeachUpdateVersionDocument = graphql(`
  mutation TeachUpdateVersion($input: UpdateCourseVersionInput!) {
    updateCourseVersion(input: $input) {
      id
      title
      summary
      audience
      ceHours
      certificateValidityMonths
      learningObjectives
      topicTags
      changelog
    }
  }
`);

/** The version's description: read, or edited in place while it is a draft. */
export function VersionDetails({
  version,
  editable,
}: {
  version: EditedVersion;
  editable: boolean;
}) {
  const { editing, open, close, triggerId } = useEditToggle();
  return (
    <section className="section" aria-labelledby="description-heading">
      <div className="section-header">
        <h2 id="description-heading">Description</h2>
        {editable && !editing && (
          <Button id={triggerId} variant="secondary" onClick={open}>
            Edit description
          </Button>
        )}
      </div>
      {editing ? (
        <DetailsForm version={version} onDone={close} />
      ) : (
        <dl className="details">
          <dt>Summary</dt>
          <dd className="pre-wrap">{version.summary}</dd>
          <dt>Who it is for</dt>
          <dd>{version.audience}</dd>
          <dt>CE hours</dt>
          <dd>{version.ceHours}</dd>
          <dt>Certificate</dt>
          <dd>
            {version.certificateValidityMonths
              ? `Valid ${version.certificateValidityMonths} months`
              : 'Does not expire'}
          </dd>
          <dt>Learning objectives</dt>
          <dd>
            {version.learningObjectives.length === 0 ? (
              'None yet'
            ) : (
              <ul className="compact-list">
                {version.learningObjectives.map((objective, index) => (
                  <li key={index}>{objective}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Topic tags</dt>
          <dd>{version.topicTags.length === 0 ? 'None' : version.topicTags.join(', ')}</dd>
          {version.number > 1 && (
            <>
              <dt>Changes in this version</dt>
              <dd className="pre-wrap">{version.changelog || '—'}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

function DetailsForm({ version, onDone }: { version: EditedVersion; onDone: () => void }) {
  const [draft, setDraft] = useState(() => courseFieldsDraft(version));
  const [changelog, setChangelog] = useState(version.changelog);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [update, { loading }] = useMutation(TeachUpdateVersionDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    const parsed = parseCourseFields(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    try {
      await update({
        variables: { input: { versionId: version.id, ...parsed.values, changelog } },
      });
      onDone();
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      <CourseFields draft={draft} errors={errors} onChange={setDraft} autoFocus />
      <TextAreaField
        label="Changes in this version"
        hint="For reviewers and learners who took an earlier version."
        name="changelog"
        maxLength={5000}
        value={changelog}
        error={errors['changelog']}
        onChange={(event) => setChangelog(event.target.value)}
      />
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Saving">
          Save description
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={loading}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
