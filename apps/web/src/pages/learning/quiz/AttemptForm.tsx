import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useId, useRef, useState, type Ref } from 'react';
import { errorMessage } from '../../../graphql/errors';
import type { AttemptFieldsFragment } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormError } from '../../../ui/Field';
import { SaveAnswerDocument, SubmitAttemptDocument } from './documents';
import { plural } from '../../../ui/format';
import { QuizTimer } from './QuizTimer';

type SaveState = 'saving' | 'saved' | { error: string };

interface Props {
  attempt: AttemptFieldsFragment;
  onSubmitted: (attempt: AttemptFieldsFragment) => void;
  /** Just started here: move focus to the first question (a reload leaves focus alone). */
  focusFirstQuestion?: boolean;
}

/**
 * An attempt in progress. Each answer is saved as it is given, so a reload, a lost
 * connection or the deadline loses nothing that was shown as saved.
 */
export function AttemptForm({ attempt, onSubmitted, focusFirstQuestion = false }: Props) {
  const [answers, setAnswers] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(attempt.questions.map((q) => [q.questionId, q.selectedOptionIds])),
  );
  const [saveStates, setSaveStates] = useState<Record<string, SaveState>>({});
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<string>();
  const [saveAnswer] = useMutation(SaveAnswerDocument);
  const [submitAttempt, { loading: submitting }] = useMutation(SubmitAttemptDocument);
  const submitted = useRef(false);
  const firstQuestion = useRef<HTMLFieldSetElement>(null);

  // The Start button is gone once the attempt shows; without this, focus falls to the page's
  // start and a keyboard or screen-reader user hunts for the questions.
  useEffect(() => {
    if (!focusFirstQuestion) return;
    firstQuestion.current?.focus();
    firstQuestion.current?.scrollIntoView({ block: 'start' });
  }, [focusFirstQuestion]);

  async function choose(questionId: string, selectedOptionIds: string[]) {
    setAnswers((current) => ({ ...current, [questionId]: selectedOptionIds }));
    setSaveStates((current) => ({ ...current, [questionId]: 'saving' }));
    try {
      await saveAnswer({
        variables: { input: { attemptId: attempt.id, questionId, selectedOptionIds } },
      });
      setSaveStates((current) => ({ ...current, [questionId]: 'saved' }));
    } catch (error) {
      setSaveStates((current) => ({ ...current, [questionId]: { error: errorMessage(error) } }));
    }
  }

  const submit = useCallback(async () => {
    if (submitted.current) return;
    submitted.current = true;
    setSubmitError(undefined);
    try {
      const { data } = await submitAttempt({ variables: { attemptId: attempt.id } });
      setConfirming(false);
      if (data) onSubmitted(data.submitQuizAttempt);
    } catch (error) {
      submitted.current = false;
      setSubmitError(errorMessage(error));
    }
  }, [attempt.id, onSubmitted, submitAttempt]);

  const answered = attempt.questions.filter((q) => (answers[q.questionId] ?? []).length > 0).length;
  const total = attempt.questions.length;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setConfirming(true);
      }}
    >
      <div className="quiz-bar">
        <span>
          Attempt {attempt.attemptNumber} · {answered} of {total} answered
        </span>
        {attempt.secondsRemaining != null && (
          <QuizTimer secondsRemaining={attempt.secondsRemaining} onExpire={() => void submit()} />
        )}
      </div>
      {attempt.questions.map((question, index) => (
        <QuestionField
          key={question.questionId}
          ref={index === 0 ? firstQuestion : undefined}
          question={question}
          number={index + 1}
          total={total}
          selected={answers[question.questionId] ?? []}
          saveState={saveStates[question.questionId]}
          onChange={(ids) => void choose(question.questionId, ids)}
        />
      ))}
      <FormError message={submitError} />
      <Button type="submit">Submit answers</Button>
      <ConfirmDialog
        open={confirming}
        title="Submit your answers?"
        confirmLabel="Submit"
        busy={submitting}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          You answered {answered} of {plural(total, 'question')}.
          {answered < total && ' Unanswered questions score no points.'} You cannot change your
          answers after submitting.
        </p>
        <FormError message={submitError} />
      </ConfirmDialog>
    </form>
  );
}

interface QuestionProps {
  ref?: Ref<HTMLFieldSetElement>;
  question: AttemptFieldsFragment['questions'][number];
  number: number;
  total: number;
  selected: string[];
  saveState?: SaveState;
  onChange: (selectedOptionIds: string[]) => void;
}

function QuestionField({
  ref,
  question,
  number,
  total,
  selected,
  saveState,
  onChange,
}: QuestionProps) {
  const multiple = question.type === 'MULTIPLE_CHOICE';
  const name = `question-${question.questionId}`;
  const id = useId();
  return (
    // Named by its number and its question, so a screen reader entering the choices hears what
    // they answer ("Question 1 of 2, Where should the needle point…, group").
    <fieldset
      className="fieldset question"
      ref={ref}
      tabIndex={-1}
      aria-labelledby={`${id}-legend ${id}-stem`}
    >
      <legend id={`${id}-legend`}>
        Question {number} of {total}
        {multiple && ' (choose all that apply)'}
      </legend>
      {/* Rendered and sanitised by the server (raw HTML off, allowlisted), like lesson bodies. */}
      <div
        id={`${id}-stem`}
        className="stem prose"
        dangerouslySetInnerHTML={{ __html: question.stemHtml }}
      />
      {question.options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={option.id}
            checked={selected.includes(option.id)}
            onChange={(event) =>
              onChange(
                multiple
                  ? event.target.checked
                    ? [...selected, option.id]
                    : selected.filter((id) => id !== option.id)
                  : [option.id],
              )
            }
          />
          <span>{option.text}</span>
        </label>
      ))}
      <p className="muted" role="status" aria-live="polite">
        {saveState === 'saving' && 'Saving…'}
        {saveState === 'saved' && '✓ Answer saved'}
      </p>
      {typeof saveState === 'object' && (
        <p className="field-error" role="alert">
          Not saved: {saveState.error}
        </p>
      )}
    </fieldset>
  );
}
