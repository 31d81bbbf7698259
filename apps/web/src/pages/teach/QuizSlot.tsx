import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import type { TeachQuizFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import type { AssessmentVersion } from './AssessmentPage';
import { BlueprintPlanView } from './BlueprintPlanView';
import { newQuizDraft, quizDraft, quizSummary } from './quiz-settings';
import { QuizSettingsForm } from './QuizSettingsForm';
import { useEditToggle } from './useEditToggle';

const TeachCreateQuizDocument = graphql(`
  mutation TeachCreateQuiz($input: CreateQuizInput!) {
    createQuiz(input: $input) {
      ...TeachQuizFields
    }
  }
`);

const TeachUpdateQuizDocument = graphql(`
  mutation TeachUpdateQuiz($input: UpdateQuizInput!) {
    updateQuiz(input: $input) {
      ...TeachQuizFields
    }
  }
`);

const TeachRemoveQuizDocument = graphql(`
  mutation TeachRemoveQuiz($quizId: ID!) {
    removeQuiz(quizId: $quizId)
  }
`);

/** One place a quiz can be: after a module, or the final exam. Shows it, or offers to add it. */
export function QuizSlot({
  version,
  moduleId,
  label,
  quiz,
  editable,
}: {
  version: AssessmentVersion;
  moduleId: string | null;
  label: string;
  quiz: TeachQuizFieldsFragment | null;
  editable: boolean;
}) {
  const { editing, open, close, triggerId } = useEditToggle();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const refetch = {
    refetchQueries: ['TeachAssessment'],
    awaitRefetchQueries: true,
  };
  const [create] = useMutation(TeachCreateQuizDocument, refetch);
  const [update] = useMutation(TeachUpdateQuizDocument);
  const objectiveKeys = version.objectives.map((objective) => objective.key);
  const [remove, { loading: removing }] = useMutation(TeachRemoveQuizDocument, refetch);
  const banks = version.questionBanks;
  // Only published (and retired) versions have learners, so only they have attempts.
  const analysable = version.status === 'PUBLISHED' || version.status === 'RETIRED';

  async function onRemove(quizId: string) {
    setError(undefined);
    try {
      await remove({ variables: { quizId } });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <li className="quiz-slot" id={quiz ? `quiz-${quiz.id}` : undefined}>
      <h3>{label}</h3>
      <FormError message={error} />
      {editing ? (
        <QuizSettingsForm
          initial={
            quiz
              ? quizDraft(quiz, objectiveKeys)
              : newQuizDraft(
                  moduleId ? 'Module quiz' : 'Final exam',
                  banks[0]?.id ?? '',
                  objectiveKeys,
                )
          }
          banks={banks}
          objectives={version.objectives}
          submitLabel={quiz ? 'Save quiz' : 'Create quiz'}
          onCancel={close}
          onSubmit={async (settings) => {
            if (quiz) {
              await update({ variables: { input: { quizId: quiz.id, ...settings } } });
            } else {
              await create({
                variables: { input: { versionId: version.id, moduleId, ...settings } },
              });
            }
            close();
          }}
        />
      ) : quiz ? (
        <>
          <p>
            <strong>{quiz.title}</strong>{' '}
            <span className="muted">· bank: {quiz.bank?.title ?? '—'}</span>
          </p>
          <ul className="meta">
            {quizSummary(quiz).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {quiz.blueprintPlan && (
            <BlueprintPlanView
              plan={quiz.blueprintPlan}
              maxAttempts={quiz.maxAttempts}
              authored={quiz.blueprint !== null && quiz.blueprint !== undefined}
              objectives={version.objectives}
              quizTitle={quiz.title}
            />
          )}
          <div className="actions">
            {analysable && (
              <Link
                to={`/teach/versions/${version.id}/quizzes/${quiz.id}/analysis`}
                className="button button-secondary button-small"
                aria-label={`Item analysis: ${quiz.title}`}
              >
                Item analysis
              </Link>
            )}
            {editable && (
              <>
                <Button
                  variant="secondary"
                  className="button-small"
                  id={triggerId}
                  onClick={open}
                  aria-label={`Edit settings: ${quiz.title}`}
                >
                  Edit settings
                </Button>
                <Button
                  variant="danger"
                  className="button-small"
                  onClick={() => setConfirming(true)}
                  aria-label={`Remove quiz: ${quiz.title}`}
                >
                  Remove quiz
                </Button>
              </>
            )}
          </div>
        </>
      ) : editable ? (
        banks.length === 0 ? (
          <p className="muted">No quiz. Create a question bank first.</p>
        ) : (
          <Button id={triggerId} variant="secondary" onClick={open}>
            Add a quiz<span className="sr-only"> for {label}</span>
          </Button>
        )
      ) : (
        <p className="muted">No quiz.</p>
      )}
      {quiz && (
        <ConfirmDialog
          open={confirming}
          title="Remove this quiz?"
          confirmLabel="Remove quiz"
          busy={removing}
          onConfirm={() => void onRemove(quiz.id)}
          onCancel={() => setConfirming(false)}
        >
          “{quiz.title}” will be removed from this draft. Its question bank stays.
        </ConfirmDialog>
      )}
    </li>
  );
}
