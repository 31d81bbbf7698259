import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import type { TeachModuleFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { duration } from '../../ui/format';
import { ReorderButtons, useReorderFocus } from './ReorderButtons';
import { moveItem } from './reorder';

const TeachReorderLessonsDocument = graphql(`
  mutation TeachReorderLessons($input: ReorderLessonsInput!) {
    reorderLessons(input: $input) {
      ...TeachModuleFields
    }
  }
`);

const TeachRemoveLessonDocument = graphql(`
  mutation TeachRemoveLesson($lessonId: ID!) {
    removeLesson(lessonId: $lessonId) {
      ...TeachModuleFields
    }
  }
`);

type ModuleLesson = TeachModuleFieldsFragment['lessons'][number];

export function LessonList({
  versionId,
  module,
  editable,
}: {
  versionId: string;
  module: TeachModuleFieldsFragment;
  editable: boolean;
}) {
  const [reorder, { loading: reordering }] = useMutation(TeachReorderLessonsDocument);
  const [remove, { loading: removing }] = useMutation(TeachRemoveLessonDocument, {
    refetchQueries: ['TeachVersionEditor', 'TeachCreditReport'],
  });
  const [toRemove, setToRemove] = useState<ModuleLesson | null>(null);
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const lessons = module.lessons;
  const focusAfterMove = useReorderFocus();

  async function move(index: number, delta: -1 | 1) {
    const lesson = lessons[index];
    if (!lesson || reordering) return;
    setError(undefined);
    const lessonIds = moveItem(lessons, index, delta).map((l) => l.id);
    try {
      await reorder({ variables: { input: { moduleId: module.id, lessonIds } } });
      setAnnouncement(
        `Lesson “${lesson.title}” moved to position ${index + delta + 1} of ${lessons.length}.`,
      );
      focusAfterMove(lesson.id, delta);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  async function onRemove(lesson: ModuleLesson) {
    setError(undefined);
    try {
      await remove({ variables: { lessonId: lesson.id } });
      setToRemove(null);
      setAnnouncement(`Lesson “${lesson.title}” removed.`);
    } catch (caught) {
      setToRemove(null);
      setError(errorMessage(caught));
    }
  }

  return (
    <>
      <p className="sr-only" role="status">
        {announcement}
      </p>
      <FormError message={error} />
      {lessons.length === 0 ? (
        <p className="muted">No lessons yet: add at least one before submitting.</p>
      ) : (
        <ol className="lesson-list" aria-label={`Lessons of module “${module.title}”`}>
          {lessons.map((lesson, index) => (
            <li key={lesson.id}>
              <span className="lesson-title">
                <Link to={`/teach/versions/${versionId}/lessons/${lesson.id}`}>{lesson.title}</Link>{' '}
                <span className="muted">· {duration(lesson.seatTimeMinutes)}</span>
              </span>
              {editable && (
                <span className="actions">
                  <ReorderButtons
                    id={lesson.id}
                    name={`lesson “${lesson.title}”`}
                    index={index}
                    count={lessons.length}
                    onMove={(delta) => void move(index, delta)}
                  />
                  <Button
                    variant="danger"
                    className="button-small"
                    onClick={() => setToRemove(lesson)}
                  >
                    Remove<span className="sr-only"> lesson “{lesson.title}”</span>
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <ConfirmDialog
        open={toRemove !== null}
        title="Remove this lesson?"
        confirmLabel="Remove lesson"
        busy={removing}
        onConfirm={() => toRemove && void onRemove(toRemove)}
        onCancel={() => setToRemove(null)}
      >
        “{toRemove?.title}” will be removed from this draft. Published versions are not affected.
      </ConfirmDialog>
    </>
  );
}
