import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import type { TeachModuleFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { AddLessonForm } from './AddLessonForm';
import { duration, plural } from '../../ui/format';
import { LessonList } from './LessonList';
import { ModuleForm } from './ModuleForm';
import { ReorderButtons } from './ReorderButtons';
import { useEditToggle } from './useEditToggle';

const TeachUpdateModuleDocument = graphql(`
  mutation TeachUpdateModule($input: UpdateModuleInput!) {
    updateModule(input: $input) {
      ...TeachModuleFields
    }
  }
`);

const TeachRemoveModuleDocument = graphql(`
  mutation TeachRemoveModule($moduleId: ID!) {
    removeModule(moduleId: $moduleId) {
      id
      totalSeatTimeMinutes
      modules {
        ...TeachModuleFields
      }
    }
  }
`);

interface Props {
  versionId: string;
  module: TeachModuleFieldsFragment;
  index: number;
  count: number;
  editable: boolean;
  onMove: (delta: -1 | 1) => void;
}

export function ModuleCard({ versionId, module, index, count, editable, onMove }: Props) {
  const { editing, open, close, triggerId } = useEditToggle();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [update] = useMutation(TeachUpdateModuleDocument);
  const [remove, { loading: removing }] = useMutation(TeachRemoveModuleDocument, {
    refetchQueries: ['TeachVersionEditor', 'TeachCreditReport'],
  });
  const seatTime = module.lessons.reduce((sum, lesson) => sum + lesson.seatTimeMinutes, 0);
  const headingId = `module-${module.id}`;

  async function onRemove() {
    setError(undefined);
    try {
      await remove({ variables: { moduleId: module.id } });
    } catch (caught) {
      setConfirming(false);
      setError(errorMessage(caught));
    }
  }

  return (
    <li className="module">
      <div className="module-header">
        <h3 id={headingId}>
          <span className="muted">Module {index + 1}.</span> {module.title}
        </h3>
        {editable && (
          <div className="actions">
            <ReorderButtons
              id={module.id}
              name={`module “${module.title}”`}
              index={index}
              count={count}
              onMove={onMove}
            />
            {!editing && (
              <Button id={triggerId} variant="secondary" className="button-small" onClick={open}>
                Edit<span className="sr-only"> module “{module.title}”</span>
              </Button>
            )}
            <Button variant="danger" className="button-small" onClick={() => setConfirming(true)}>
              Remove<span className="sr-only"> module “{module.title}”</span>
            </Button>
          </div>
        )}
      </div>
      <FormError message={error} />
      {editing ? (
        <ModuleForm
          initial={{ title: module.title, objectives: module.objectives }}
          submitLabel="Save module"
          busyLabel="Saving"
          onCancel={close}
          onSubmit={async (values) => {
            await update({ variables: { input: { moduleId: module.id, ...values } } });
            close();
          }}
        />
      ) : (
        module.objectives.length > 0 && (
          <ul className="compact-list muted">
            {module.objectives.map((objective, i) => (
              <li key={i}>{objective}</li>
            ))}
          </ul>
        )
      )}
      <ul className="meta">
        <li>{plural(module.lessons.length, 'lesson')}</li>
        <li>{duration(seatTime)}</li>
        <li>
          {module.quiz ? (
            <>Quiz: {module.quiz.title}</>
          ) : (
            <Link to={`/teach/versions/${versionId}/assessment`}>No quiz</Link>
          )}
        </li>
      </ul>
      <LessonList versionId={versionId} module={module} editable={editable} />
      {editable && (
        <details className="add-panel">
          <summary>
            Add a lesson<span className="sr-only"> to module “{module.title}”</span>
          </summary>
          <AddLessonForm moduleId={module.id} />
        </details>
      )}
      <ConfirmDialog
        open={confirming}
        title="Remove this module?"
        confirmLabel="Remove module"
        busy={removing}
        onConfirm={() => void onRemove()}
        onCancel={() => setConfirming(false)}
      >
        “{module.title}” and its {plural(module.lessons.length, 'lesson')} will be removed from this
        draft. Published versions are not affected.
      </ConfirmDialog>
    </li>
  );
}
