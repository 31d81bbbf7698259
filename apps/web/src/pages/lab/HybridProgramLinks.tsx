import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { programProgressPath } from './lab-paths';

const HybridProgramsDocument = graphql(`
  query HybridPrograms {
    credentialPrograms {
      id
      title
      handsOnRequirements {
        practicalExam
      }
    }
  }
`);

/**
 * The programs that ask for more than courses (live hours, a practical exam, supervised
 * sessions), each with a link to where the learner stands: no other page lists programs for a
 * learner. Shows nothing while loading, on failure or when there is none.
 */
export function HybridProgramLinks() {
  const { data } = useQuery(HybridProgramsDocument);
  const programs = data?.credentialPrograms.filter((p) => p.handsOnRequirements) ?? [];
  if (programs.length === 0) return null;
  return (
    <section className="section" aria-labelledby="hybrid-programs-title">
      <h2 id="hybrid-programs-title">Hands-on programs</h2>
      <p>Programs with live hours, a practical exam or supervised practice: see where you stand.</p>
      <ul className="plain-list">
        {programs.map((program) => (
          <li key={program.id}>
            <Link to={programProgressPath(program.id)}>Your progress: {program.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
