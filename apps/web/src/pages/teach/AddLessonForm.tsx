import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { minutesText } from './credit/credit-format';
import { liveEstimate, seatTimeWarning } from './lesson-estimate';
import { parseWhole } from './text';

const TeachAddLessonDocument = graphql(`
  mutation TeachAddLesson($input: AddLessonInput!) {
    addLesson(input: $input) {
      id
      title
    }
  }
`);

/** A new lesson at the end of the module; references and preview are in the lesson editor. */
export function AddLessonForm({ moduleId }: { moduleId: string }) {
  const [title, setTitle] = useState('');
  const [seatTime, setSeatTime] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const [addLesson, { loading }] = useMutation(TeachAddLessonDocument, {
    refetchQueries: ['TeachVersionEditor', 'TeachCreditReport'],
    awaitRefetchQueries: true,
  });

  const estimate = liveEstimate(body);
  const warning = seatTimeWarning(seatTime, estimate);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    setAdded(undefined);
    const minutes = parseWhole(seatTime);
    if (!minutes.ok) {
      setErrors({ seatTimeMinutes: minutes.message });
      return;
    }
    setErrors({});
    try {
      const { data } = await addLesson({
        variables: {
          input: { moduleId, title, seatTimeMinutes: minutes.value, bodyMarkdown: body },
        },
      });
      setTitle('');
      setSeatTime('');
      setBody('');
      if (data) setAdded(`Lesson “${data.addLesson.title}” added.`);
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      <div className="field-row">
        <TextField
          label="Lesson title"
          name="title"
          required
          maxLength={200}
          value={title}
          error={errors['title']}
          onChange={(event) => setTitle(event.target.value)}
        />
        <TextField
          label="Seat time (minutes)"
          hint="Time a learner must spend on the lesson: 1 to 600."
          name="seatTimeMinutes"
          inputMode="numeric"
          required
          value={seatTime}
          error={errors['seatTimeMinutes']}
          onChange={(event) => setSeatTime(event.target.value)}
        />
      </div>
      <TextAreaField
        label="Lesson text (Markdown)"
        hint="Headings with #, lists with -, links as [text](https://…). Preview it in the lesson editor after adding."
        name="bodyMarkdown"
        rows={8}
        className="markdown-input"
        required
        value={body}
        error={errors['bodyMarkdown']}
        onChange={(event) => setBody(event.target.value)}
      />
      <p className="field-hint">
        {estimate.words} words: about {minutesText(estimate.minutes)} of reading, so the lesson may
        require at most {estimate.maxSeatTimeMinutes} min of seat time.
      </p>
      {warning && (
        <p className="field-error">
          <span aria-hidden="true">✕ </span>
          {warning}
        </p>
      )}
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel="Adding">
          Add lesson
        </Button>
      </div>
      <p role="status" className="status-text">
        {added}
      </p>
    </form>
  );
}
