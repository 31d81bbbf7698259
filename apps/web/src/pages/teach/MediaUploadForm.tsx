import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { useUploadWithToken } from '../../ui/upload';
import { checkImageUpload, checkVideoUpload, MAX_ALT_TEXT, MAX_TRANSCRIPT } from './media-draft';

type Errors = Record<string, string>;

/** The REST route that takes a lesson's files (multipart/form-data, bearer token). */
export function lessonMediaPath(lessonId: string): string {
  return `/media/lessons/${encodeURIComponent(lessonId)}`;
}

/**
 * Sends a checked form to the API and sorts its answer: messages for the form's own fields go
 * beside them; any other (the version is no longer a draft, say) goes to the form as a whole.
 */
function useLessonUpload(
  lessonId: string,
  fields: readonly string[],
  added: string,
  onUploaded: () => unknown,
) {
  const upload = useUploadWithToken();
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function send(form: HTMLFormElement, check: (data: FormData) => Errors) {
    setFormError(undefined);
    setStatus('');
    const data = new FormData(form);
    const problems = check(data);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(form, fields, problems);
      return;
    }
    setBusy(true);
    try {
      const outcome = await upload(lessonMediaPath(lessonId), data);
      if (outcome.ok) {
        form.reset();
        // The file is stored; a list that fails to refresh now shows it on the next load.
        await Promise.resolve(onUploaded()).catch(() => undefined);
        setStatus(added);
        return;
      }
      const mine: Errors = {};
      const others: string[] = outcome.message ? [outcome.message] : [];
      for (const [field, message] of Object.entries(outcome.fieldErrors)) {
        if (fields.includes(field)) mine[field] = message;
        else others.push(message);
      }
      setErrors(mine);
      setFormError(others.length > 0 ? others.join(' ') : undefined);
      focusFirstInvalid(form, fields, mine);
    } finally {
      setBusy(false);
    }
  }

  return { errors, formError, busy, status, send };
}

/**
 * Focus on the first field in error once React has drawn its message: focused before, a
 * screen reader would read the field without the error its aria-describedby names.
 */
function focusFirstInvalid(form: HTMLFormElement, fields: readonly string[], errors: Errors) {
  const first = fields.find((field) => errors[field]);
  if (!first) return;
  requestAnimationFrame(() => {
    const control = form.elements.namedItem(first);
    if (control instanceof HTMLElement) control.focus();
  });
}

const IMAGE_FIELDS = ['file', 'altText'] as const;
const VIDEO_FIELDS = ['file', 'captions', 'transcript'] as const;

/**
 * What the picture and video forms share: the form, its error for the whole form, the submit
 * button and the status line. Each form gives its fields, drawn with their errors.
 */
function LessonUploadForm({
  lessonId,
  onUploaded,
  label,
  fields,
  added,
  check,
  submitLabel,
  children,
}: {
  lessonId: string;
  onUploaded: () => unknown;
  label: string;
  fields: readonly string[];
  added: string;
  check: (data: FormData) => Errors;
  submitLabel: string;
  children: (errors: Errors) => ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const { errors, formError, busy, status, send } = useLessonUpload(
    lessonId,
    fields,
    added,
    onUploaded,
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (form.current) void send(form.current, check);
  }
  return (
    <form ref={form} className="form narrow-wide" aria-label={label} onSubmit={onSubmit} noValidate>
      <FormError message={formError} />
      {children(errors)}
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Uploading">
          {submitLabel}
        </Button>
      </div>
      <p className="status-text" role="status">
        {status}
      </p>
    </form>
  );
}

/** A picture for the lesson: the file and the words a screen reader says in its place. */
export function ImageUploadForm({
  lessonId,
  onUploaded,
}: {
  lessonId: string;
  onUploaded: () => unknown;
}) {
  return (
    <LessonUploadForm
      lessonId={lessonId}
      onUploaded={onUploaded}
      label="Add a picture"
      fields={IMAGE_FIELDS}
      added="Picture added."
      check={checkImageUpload}
      submitLabel="Add picture"
    >
      {(errors) => (
        <>
          <TextField
            label="Picture"
            hint="PNG, JPEG, WebP or GIF, up to 10 MB. It is stored as WebP without its metadata (camera, place)."
            name="file"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            error={errors['file']}
          />
          <TextAreaField
            label="Alt text (required)"
            hint="Screen readers read this aloud in place of the picture, for learners who cannot see it: say what it shows that matters to the lesson."
            name="altText"
            rows={2}
            maxLength={MAX_ALT_TEXT}
            error={errors['altText']}
          />
        </>
      )}
    </LessonUploadForm>
  );
}

/** A video for the lesson: the file, its captions (required) and a transcript (optional). */
export function VideoUploadForm({
  lessonId,
  onUploaded,
}: {
  lessonId: string;
  onUploaded: () => unknown;
}) {
  return (
    <LessonUploadForm
      lessonId={lessonId}
      onUploaded={onUploaded}
      label="Add a video"
      fields={VIDEO_FIELDS}
      added="Video added."
      check={checkVideoUpload}
      submitLabel="Add video"
    >
      {(errors) => (
        <>
          <TextField
            label="Video"
            hint="WebM or MP4, up to 100 MB. Its length counts toward the lesson’s time."
            name="file"
            type="file"
            accept="video/webm,video/mp4"
            error={errors['file']}
          />
          <TextField
            label="Captions (required)"
            hint="A WebVTT file (.vtt), shown over the video for learners who cannot hear it."
            name="captions"
            type="file"
            accept=".vtt,text/vtt"
            error={errors['captions']}
          />
          <TextAreaField
            label="Transcript (optional)"
            hint="Shown beside the video, for learners who would rather read it."
            name="transcript"
            rows={4}
            maxLength={MAX_TRANSCRIPT}
            error={errors['transcript']}
          />
        </>
      )}
    </LessonUploadForm>
  );
}
