import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import { FormError } from '../../ui/Field';
import { ModuleCard } from './ModuleCard';
import { ModuleForm } from './ModuleForm';
import { useReorderFocus } from './ReorderButtons';
import { moveItem } from './reorder';
import type { EditedVersion } from './VersionEditorPage';

graphql(`
  fragment TeachModuleFields on CourseModule {
    id
    position
    title
    objectives
    lessons {
      id
      position
      title
      seatTimeMinutes
    }
    quiz {
      id
      title
    }
  }
`);

const TeachAddModuleDocument = graphql(`
  mutation TeachAddModule($input: AddModuleInput!) {
    addModule(input: $input) {
      ...TeachModuleFields
    }
  }
`);

const TeachReorderModulesDocument = graphql(`
  mutation TeachReorderModules($input: ReorderModulesInput!) {
    reorderModules(input: $input) {
      id
      modules {
        ...TeachModuleFields
      }
    }
  }
`);

/** The version's modules in order, each with its lessons; reordered with up/down buttons. */
export function ModulesEditor({
  version,
  editable,
}: {
  version: EditedVersion;
  editable: boolean;
}) {
  const [addModule] = useMutation(TeachAddModuleDocument, {
    refetchQueries: ['TeachVersionEditor'],
    awaitRefetchQueries: true,
  });
  const [reorder, { loading: reordering }] = useMutation(TeachReorderModulesDocument);
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const modules = version.modules;
  const focusAfterMove = useReorderFocus();

  async function move(index: number, delta: -1 | 1) {
    const module = modules[index];
    if (!module || reordering) return;
    setError(undefined);
    const moduleIds = moveItem(modules, index, delta).map((m) => m.id);
    try {
      await reorder({ variables: { input: { versionId: version.id, moduleIds } } });
      setAnnouncement(
        `Module “${module.title}” moved to position ${index + delta + 1} of ${modules.length}.`,
      );
      focusAfterMove(module.id, delta);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <section className="section" aria-labelledby="modules-heading">
      <h2 id="modules-heading">Modules and lessons</h2>
      <p className="sr-only" role="status">
        {announcement}
      </p>
      <FormError message={error} />
      {modules.length === 0 ? (
        <div className="notice notice-info">
          <p>
            No modules yet. A version needs at least one module, and every module at least one
            lesson, before it can be submitted for review.
          </p>
        </div>
      ) : (
        <ol className="module-list">
          {modules.map((module, index) => (
            <ModuleCard
              key={module.id}
              versionId={version.id}
              module={module}
              index={index}
              count={modules.length}
              editable={editable}
              onMove={(delta) => void move(index, delta)}
            />
          ))}
        </ol>
      )}
      {editable && (
        <details className="add-panel">
          <summary>Add a module</summary>
          <ModuleForm
            submitLabel="Add module"
            busyLabel="Adding"
            onSubmit={async (values) => {
              await addModule({ variables: { input: { versionId: version.id, ...values } } });
              setAnnouncement(`Module “${values.title}” added.`);
            }}
          />
        </details>
      )}
    </section>
  );
}
