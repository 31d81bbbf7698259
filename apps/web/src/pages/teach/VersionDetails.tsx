import { useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField } from '../../ui/Field';
import { SECTION } from './credit/problem-links';
import { wholeMinutes } from './credit/credit-format';
import { courseFieldsDraft, parseCourseFields } from './course-fields';
import { CourseFields } from './CourseFields';
import type { EditedVersion } from './VersionEditorPage';
import { useEditToggle } from './useEditToggle';
import { useUpdateVersion } from './useUpdateVersion';

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
    <section className="section" aria-labelledby={SECTION.description}>
      <div className="section-header">
        <h2 id={SECTION.description}>Description</h2>
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
          <dt>Claimed instructional time</dt>
          <dd>
            {wholeMinutes(version.creditMinutes)}{' '}
            <span className="muted">
              ({version.ceHours} CE hours of 60 minutes; each approval counts its own, see the
              credit panel)
            </span>
          </dd>
          <dt>Certificate</dt>
          <dd>
            {version.certificateValidityMonths
              ? `Valid ${version.certificateValidityMonths} months`
              : 'Does not expire'}
          </dd>
          <dt>Quizzes</dt>
          <dd>
            {version.quizzesAfterLessons
              ? "Each opens once its module's lessons are done (the final exam, once every lesson is)"
              : 'Open from enrolment'}
          </dd>
          <dt>Learning objectives</dt>
          <dd>
            {version.objectives.length === 0 ? (
              'None yet'
            ) : (
              <ul className="compact-list">
                {version.objectives.map((objective) => (
                  <li key={objective.key}>
                    {objective.text}{' '}
                    <span className="muted">
                      · key <span className="code">{objective.key}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Skills assessed in the hands-on part</dt>
          <dd>
            {version.handsOnObjectives.length === 0 ? (
              'None'
            ) : (
              <ul className="compact-list">
                {version.handsOnObjectives.map((skill) => (
                  <li key={skill}>{skill}</li>
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
  const [update, { loading }] = useUpdateVersion();

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
