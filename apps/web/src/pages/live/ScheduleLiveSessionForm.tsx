import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { LiveSessionKind } from '../../gql/graphql';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, SelectField, TextField } from '../../ui/Field';
import { KIND_WORDS, sessionTimes, viewerTimeZone } from './live-session-words';
import { emptyScheduleDraft, parseScheduleDraft, type ScheduleDraft } from './schedule-draft';

const ScheduleLiveSessionDocument = graphql(`
  mutation ScheduleLiveSession($input: ScheduleLiveSessionInput!) {
    scheduleLiveSession(input: $input) {
      id
      courseId
      title
      startsAt
      endsAt
    }
  }
`);

export interface CourseOption {
  id: string;
  title: string;
}

const KINDS: LiveSessionKind[] = ['LAB', 'WEBINAR'];

/**
 * Schedules a lab or a webinar. The API's refusals land beside the field they name (a ratio
 * too small for the seats, an end before the start, a lab without a venue), anything else
 * above the form; the form keeps what was typed until the session is scheduled.
 */
export function ScheduleLiveSessionForm({
  courses,
  courseId,
  onScheduled,
}: {
  courses: CourseOption[];
  /** The course chosen at first: the one whose sessions the page shows. */
  courseId: string;
  onScheduled: (courseId: string) => void;
}) {
  const [draft, setDraft] = useState<ScheduleDraft>(() => emptyScheduleDraft(courseId));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [schedule, { loading }] = useMutation(ScheduleLiveSessionDocument, {
    // The learners' lists load afresh when opened (cache-and-network).
    refetchQueries: ['TeachLiveSessions'],
  });

  const set = (changes: Partial<ScheduleDraft>) => setDraft((old) => ({ ...old, ...changes }));
  const field = (name: keyof ScheduleDraft) => ({
    name,
    value: draft[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => set({ [name]: event.target.value }),
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    setDone(undefined);
    const parsed = parseScheduleDraft(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    try {
      const { data } = await schedule({ variables: { input: parsed.input } });
      if (!data) return;
      const session = data.scheduleLiveSession;
      setDone(`Scheduled “${session.title}”, ${sessionTimes(session.startsAt, session.endsAt)}.`);
      // The course as sent: the answer's courseId is nullable (programs have sessions too).
      setDraft(emptyScheduleDraft(draft.courseId));
      onScheduled(draft.courseId);
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  const lab = draft.kind === 'LAB';
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <SelectField label="Course" {...field('courseId')}>
        <option value="">Choose a course</option>
        {courses.map((course) => (
          <option key={course.id} value={course.id}>
            {course.title}
          </option>
        ))}
      </SelectField>
      <fieldset className="fieldset">
        <legend>Kind</legend>
        {KINDS.map((kind) => (
          <div className="choice" key={kind}>
            <input
              type="radio"
              id={`live-kind-${kind}`}
              name="kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => set({ kind })}
            />
            <label htmlFor={`live-kind-${kind}`}>{KIND_WORDS[kind]}</label>
          </div>
        ))}
      </fieldset>
      <TextField label="Title" required maxLength={200} {...field('title')} />
      {lab ? (
        <TextField
          label="Venue"
          hint="The address learners come to."
          required
          {...field('venue')}
        />
      ) : (
        <TextField
          label="Join link"
          hint="An https link; only learners with a seat see it."
          type="url"
          inputMode="url"
          required
          {...field('joinUrl')}
        />
      )}
      <div className="field-row">
        <TextField
          label="Starts"
          hint={`In your time zone, ${viewerTimeZone()}.`}
          type="datetime-local"
          required
          {...field('startsAt')}
        />
        <TextField
          label="Ends"
          hint="The same day or the next; at most 12 hours."
          type="datetime-local"
          required
          {...field('endsAt')}
        />
      </div>
      <div className="field-row">
        <TextField label="Seats" type="number" min={1} max={200} required {...field('capacity')} />
        <TextField
          label="Instructors"
          type="number"
          min={1}
          max={50}
          required
          {...field('instructors')}
        />
        <TextField
          label="Learners per instructor"
          hint="Seats can be at most instructors × this ratio."
          type="number"
          min={1}
          max={200}
          required
          {...field('learnersPerInstructor')}
        />
        <TextField
          label="Cut-off (hours before the start)"
          hint="Registering and cancelling close then."
          type="number"
          min={0}
          max={336}
          required
          {...field('registrationCutoffHours')}
        />
      </div>
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Scheduling">
          Schedule session
        </Button>
      </div>
    </form>
  );
}
