import type { TeachDisclosureFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { SECTION } from './credit/problem-links';
import { DisclosureForm } from './DisclosureForm';
import { DisclosureView } from './DisclosureView';
import { useEditToggle } from './useEditToggle';

/** The disclosure learners read before enrolling: required to publish. */
export function DisclosureSection({
  versionId,
  disclosure,
  editable,
}: {
  versionId: string;
  disclosure: TeachDisclosureFieldsFragment | null | undefined;
  editable: boolean;
}) {
  const { editing, open, close, triggerId } = useEditToggle();
  return (
    <section className="section" aria-labelledby={SECTION.disclosure}>
      <div className="section-header">
        <h2 id={SECTION.disclosure}>Disclosure</h2>
        {editable && !editing && (
          <Button id={triggerId} variant="secondary" onClick={open}>
            Edit disclosure
          </Button>
        )}
      </div>
      {editing ? (
        <DisclosureForm versionId={versionId} disclosure={disclosure} onDone={close} />
      ) : (
        <DisclosureView disclosure={disclosure} />
      )}
    </section>
  );
}
