import type { CoursePageQuery } from '../../gql/graphql';
import { date } from '../../ui/format';

type Version = NonNullable<CoursePageQuery['course']['currentVersion']>;
type Relationship = { company: string; nature: string };

function relationships(list: Relationship[]): string {
  return list.map((r) => `${r.company} (${r.nature})`).join('; ');
}

/**
 * Who wrote and reviewed the course, their financial relationships over the past 24 months,
 * commercial support, and the dates that bound the credit: read before enrolling.
 */
export function CourseDisclosure({ version }: { version: Version }) {
  const disclosure = version.disclosure;
  return (
    <section className="section" aria-labelledby="disclosure">
      <h2 id="disclosure">Disclosures</h2>
      {!disclosure || disclosure.contributors.length === 0 ? (
        <p>No contributors are disclosed for this version.</p>
      ) : (
        <ul className="plain-list">
          {disclosure.contributors.map((person) => (
            <li key={`${person.name} ${person.role}`} className="approval">
              <p>
                <strong>{person.name}</strong>
                {person.credentials && `, ${person.credentials}`} · {person.role}
              </p>
              <p>
                Financial relationships (past 24 months):{' '}
                {person.relationships.length === 0
                  ? 'none declared'
                  : relationships(person.relationships)}
              </p>
              {person.mitigation && <p className="muted">Mitigation: {person.mitigation}</p>}
            </li>
          ))}
        </ul>
      )}
      <p>
        Commercial support:{' '}
        {!disclosure
          ? 'not disclosed'
          : disclosure.commercialSupport.length === 0
            ? 'none'
            : relationships(disclosure.commercialSupport)}
      </p>
      <dl className="details">
        <dt>Released</dt>
        <dd>{date(version.releasedOn)}</dd>
        <dt>Credit offered through</dt>
        <dd>{version.creditEndsOn ? date(version.creditEndsOn) : 'No end date set'}</dd>
        <dt>Content last reviewed</dt>
        <dd>{date(version.contentReviewedOn)}</dd>
      </dl>
    </section>
  );
}
