import type { TeachDisclosureFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { SECTION } from './credit/problem-links';
import { relationshipsText } from './disclosure-draft';
import { DisclosureForm } from './DisclosureForm';
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
      ) : !disclosure || disclosure.contributors.length === 0 ? (
        <p>
          <Badge tone="warn">Missing</Badge> Nobody is disclosed yet: a course needs its authors,
          their credentials and financial relationships (or none) before it can be published.
        </p>
      ) : (
        <>
          <ul className="plain-list disclosure-list">
            {disclosure.contributors.map((person, index) => (
              <li key={index}>
                <strong>{person.name}</strong>, {person.credentials || '—'} · {person.role}
                <br />
                Financial relationships, past 24 months: {relationshipsText(person.relationships)}
                {person.mitigation && (
                  <>
                    <br />
                    Mitigation: {person.mitigation}
                  </>
                )}
              </li>
            ))}
          </ul>
          <p>Commercial support: {relationshipsText(disclosure.commercialSupport)}</p>
        </>
      )}
    </section>
  );
}
