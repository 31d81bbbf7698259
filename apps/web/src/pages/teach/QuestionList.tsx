import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import type { TeachQuestionFieldsFragment } from '../../gql/graphql';
import { FormError } from '../../ui/Field';
import { moveItem } from './reorder';
import { ReorderButtons, useReorderFocus } from './ReorderButtons';
import { QuestionItem } from './QuestionItem';

const TeachReorderQuestionsDocument = graphql(`
  mutation TeachReorderQuestions($input: ReorderQuestionsInput!) {
    reorderQuestions(input: $input) {
      id
      questions {
        id
        position
      }
    }
  }
`);

interface ListedBank {
  id: string;
  questions: readonly TeachQuestionFieldsFragment[];
  checks: {
    items: readonly { questionId: string; warnings: { code: string; message: string }[] }[];
  };
}

/** The bank's questions in order; authors of a draft move them up and down. */
export function QuestionList({ bank, editable }: { bank: ListedBank; editable: boolean }) {
  const [reorder, { loading: reordering }] = useMutation(TeachReorderQuestionsDocument, {
    refetchQueries: ['TeachQuestionBank'],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useReorderFocus();
  const questions = bank.questions;

  async function move(index: number, delta: -1 | 1) {
    const question = questions[index];
    if (!question || reordering) return;
    setError(undefined);
    const questionIds = moveItem(questions, index, delta).map((q) => q.id);
    try {
      await reorder({ variables: { input: { bankId: bank.id, questionIds } } });
      setAnnouncement(
        `Question ${index + 1} moved to position ${index + delta + 1} of ${questions.length}.`,
      );
      focusAfterMove(question.id, delta);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  if (questions.length === 0) return <p>No questions yet.</p>;
  return (
    <>
      <p className="sr-only" role="status">
        {announcement}
      </p>
      <FormError message={error} />
      <ol className="question-list">
        {questions.map((question, index) => (
          <QuestionItem
            key={question.id}
            question={question}
            index={index}
            editable={editable}
            warnings={bank.checks.items.find((item) => item.questionId === question.id)?.warnings}
            reorder={
              editable && questions.length > 1 ? (
                <ReorderButtons
                  id={question.id}
                  name={`question ${index + 1}`}
                  index={index}
                  count={questions.length}
                  onMove={(delta) => void move(index, delta)}
                />
              ) : null
            }
          />
        ))}
      </ol>
    </>
  );
}
