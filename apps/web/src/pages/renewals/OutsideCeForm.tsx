import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { FormError, TextField } from '../../ui/Field';
import { useUploadWithToken } from '../../ui/upload';
import { OUTSIDE_CE_PATH, TOPIC_LABELS } from './renewal-documents';

type Errors = Record<string, string>;
const FIELDS = ['provider', 'title', 'completedOn', 'hours', 'selfPaced', 'topics', 'file'];

/** What the browser can tell before sending; the API checks the file's content itself. */
function check(data: FormData): Errors {
  const errors: Errors = {};
  if (!String(data.get('provider') ?? '').trim()) errors['provider'] = 'Enter the provider.';
  if (!String(data.get('title') ?? '').trim()) errors['title'] = 'Enter the course title.';
  if (!data.get('completedOn')) errors['completedOn'] = 'Enter the date you completed it.';
  const hours = Number(data.get('hours'));
  if (!(hours > 0)) errors['hours'] = 'Enter the hours on the certificate, such as 1.5.';
  const file = data.get('file');
  if (!(file instanceof File) || file.size === 0) {
    errors['file'] = 'Choose the certificate file (PDF, PNG or JPEG).';
  }
  return errors;
}

/** Records CE earned elsewhere, with its certificate file, for the plan and the audit pack. */
export function OutsideCeForm({ onAdded }: { onAdded: () => unknown }) {
  const upload = useUploadWithToken();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const element = form.current;
    if (!element) return;
    setFormError(undefined);
    setStatus('');
    const raw = new FormData(element);
    const problems = check(raw);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    // The API takes the topics as one comma-separated field.
    const data = new FormData();
    for (const name of ['provider', 'title', 'completedOn', 'hours', 'selfPaced']) {
      data.append(name, String(raw.get(name) ?? ''));
    }
    data.append('topics', raw.getAll('topic').map(String).join(','));
    data.append('file', raw.get('file') as File);
    setBusy(true);
    try {
      const outcome = await upload(OUTSIDE_CE_PATH, data);
      if (outcome.ok) {
        element.reset();
        await Promise.resolve(onAdded()).catch(() => undefined);
        setStatus('Outside CE added to your plan.');
        return;
      }
      const mine: Errors = {};
      const others: string[] = outcome.message ? [outcome.message] : [];
      for (const [field, message] of Object.entries(outcome.fieldErrors)) {
        if (FIELDS.includes(field)) mine[field] = message;
        else others.push(message);
      }
      setErrors(mine);
      setFormError(others.length > 0 ? others.join(' ') : undefined);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="form" aria-label="Add outside CE" onSubmit={onSubmit} noValidate>
      <FormError message={formError} />
      <TextField label="Provider" name="provider" maxLength={200} error={errors['provider']} />
      <TextField label="Course title" name="title" maxLength={300} error={errors['title']} />
      <TextField
        label="Completed on"
        name="completedOn"
        type="date"
        error={errors['completedOn']}
      />
      <TextField
        label="Hours"
        hint="As the certificate states them."
        name="hours"
        type="number"
        min="0.25"
        max="200"
        step="0.25"
        error={errors['hours']}
      />
      <fieldset className="fieldset">
        <legend>How was it taught?</legend>
        <div className="choice">
          <input type="radio" id="outside-ce-live" name="selfPaced" value="false" defaultChecked />
          <label htmlFor="outside-ce-live">Live (in person or a real-time webinar)</label>
        </div>
        <div className="choice">
          <input type="radio" id="outside-ce-self-paced" name="selfPaced" value="true" />
          <label htmlFor="outside-ce-self-paced">Self-paced (recorded, home study)</label>
        </div>
        {errors['selfPaced'] && <p className="field-error">{errors['selfPaced']}</p>}
      </fieldset>
      <fieldset className="fieldset">
        <legend>Topics it covered (optional)</legend>
        {Object.entries(TOPIC_LABELS).map(([value, label]) => (
          <div className="choice" key={value}>
            <input type="checkbox" id={`outside-ce-topic-${value}`} name="topic" value={value} />
            <label htmlFor={`outside-ce-topic-${value}`}>{label}</label>
          </div>
        ))}
        {errors['topics'] && <p className="field-error">{errors['topics']}</p>}
      </fieldset>
      <TextField
        label="Certificate file"
        hint="PDF, PNG or JPEG, up to 10 MB. It goes into your audit pack."
        name="file"
        type="file"
        accept="application/pdf,image/png,image/jpeg"
        error={errors['file']}
      />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Adding">
          Add outside CE
        </Button>
      </div>
      <p className="status-text" role="status">
        {status}
      </p>
    </form>
  );
}
