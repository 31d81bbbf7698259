import type { TeachDisclosureFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { relationshipsText } from './disclosure-draft';

/** The disclosure as learners will read it; for the author and the reviewer. */
export function DisclosureView({
  disclosure,
}: {
  disclosure: TeachDisclosureFieldsFragment | null | undefined;
}) {
  if (!disclosure || disclosure.contributors.length === 0) {
    return (
      <p>
        <Badge tone="warn">Missing</Badge> Nobody is disclosed yet: a course needs its authors,
        their credentials and financial relationships (or none) before it can be published.
      </p>
    );
  }
  return (
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
  );
}
