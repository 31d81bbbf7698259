import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import type { TeachQuestionFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { ItemWarnings } from './credit/ItemWarnings';
import { questionDraft, typeLabel } from './question-draft';
import { QuestionForm } from './QuestionForm';
import { useEditToggle } from './useEditToggle';

const TeachUpdateQuestionDocument = graphql(`
  mutation TeachUpdateQuestion($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      ...TeachQuestionFields
    }
  }
`);

const TeachRemoveQuestionDocument = graphql(`
  mutation TeachRemoveQuestion($questionId: ID!) {
    removeQuestion(questionId: $questionId) {
      id
      questions {
        ...TeachQuestionFields
      }
    }
  }
`);

export function QuestionItem({
  question,
  index,
  editable,
  warnings,
  reorder,
}: {
  question: TeachQuestionFieldsFragment;
  index: number;
  editable: boolean;
  /** Item-writing warnings from the bank's checks. */
  warnings?: readonly { code: string; message: string }[];
  /** The up and down buttons, when the question can move. */
  reorder?: ReactNode;
}) {
  const { editing, open, close, triggerId } = useEditToggle();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  // The bank's checks depend on every question: refetch them after a change.
  const [update] = useMutation(TeachUpdateQuestionDocument, {
    refetchQueries: ['TeachQuestionBank'],
  });
  const [remove, { loading: removing }] = useMutation(TeachRemoveQuestionDocument, {
    refetchQueries: ['TeachQuestionBank'],
  });
  const name = `question ${index + 1}`;

  async function onRemove() {
    setError(undefined);
    try {
      await remove({ variables: { questionId: question.id } });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <li className="question-item" id={`question-${question.id}`}>
      <div className="module-header">
        <h3>
          Question {index + 1}{' '}
          <span className="muted">
            · {typeLabel(question.type)} · {question.objectiveTag}
          </span>
        </h3>
        {editable && !editing && (
          <div className="actions">
            {reorder}
            <Button id={triggerId} variant="secondary" className="button-small" onClick={open}>
              Edit<span className="sr-only"> {name}</span>
            </Button>
            <Button variant="danger" className="button-small" onClick={() => setConfirming(true)}>
              Remove<span className="sr-only"> {name}</span>
            </Button>
          </div>
        )}
      </div>
      <FormError message={error} />
      <ItemWarnings warnings={warnings} />
      {editing ? (
        <QuestionForm
          initial={questionDraft(question)}
          submitLabel="Save question"
          onCancel={close}
          onSubmit={async (draft) => {
            await update({ variables: { input: { questionId: question.id, ...draft } } });
            close();
          }}
        />
      ) : (
        <>
          <p className="pre-wrap">{question.stemMarkdown}</p>
          <ul className="plain-list option-key">
            {question.options.map((option) => (
              <li key={option.id}>
                {option.isCorrect ? (
                  <span className="key-right">
                    <span aria-hidden="true">✓ </span>
                    <span className="sr-only">Correct: </span>
                  </span>
                ) : (
                  <span className="key-wrong">
                    <span aria-hidden="true">○ </span>
                    <span className="sr-only">Incorrect: </span>
                  </span>
                )}
                {option.text}
              </li>
            ))}
          </ul>
          <details>
            <summary>Explanation and reference</summary>
            <p className="pre-wrap">{question.explanationMarkdown}</p>
            <p className="muted">Reference: {question.reference}</p>
          </details>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Remove ${name}?`}
        confirmLabel="Remove question"
        busy={removing}
        onConfirm={() => void onRemove()}
        onCancel={() => setConfirming(false)}
      >
        The question and its options will be removed from this bank. A quiz that needs more
        questions than remain will block the review.
      </ConfirmDialog>
    </li>
  );
}
