import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { HandsOnRequirementsForm } from './HandsOnRequirementsForm';
import { handsOnSummary } from './hands-on-summary';

const AdminProgramsDocument = graphql(`
  query AdminPrograms {
    credentialPrograms {
      id
      slug
      title
      credentialKind
      courses {
        id
        currentVersion {
          title
        }
      }
      handsOnRequirements {
        liveMinutes {
          sessionKind
          minimumMinutes
        }
        practicalExam
        supervisedSessions {
          minimumCount
          withinDays
        }
        supervisorRule {
          citation
        }
      }
    }
  }
`);

/**
 * The credential programs, each with its courses and what it asks beyond them. Setting the
 * hands-on requirements here is what makes a program hybrid: the award then waits for them.
 */
export function ProgramsPage() {
  const result = useQuery(AdminProgramsDocument);
  return (
    <Page
      title="Credential programs"
      lead="What each program asks: its courses, and for a hybrid program live hours, a practical examination and supervised sessions."
    >
      <QueryState result={result} label="Loading the programs">
        {({ credentialPrograms }) => (
          <ul className="cards">
            {credentialPrograms.map((program) => (
              <li key={program.id} className="card" aria-labelledby={`program-${program.id}`}>
                <h2 id={`program-${program.id}`}>{program.title}</h2>
                <p className="muted">
                  {program.courses.length} course(s):{' '}
                  {program.courses.map((course) => course.currentVersion?.title ?? '').join('; ')}
                </p>
                <p>{handsOnSummary(program.handsOnRequirements)}</p>
                <details>
                  <summary>Set what it asks beyond its courses</summary>
                  <HandsOnRequirementsForm
                    programId={program.id}
                    current={program.handsOnRequirements}
                  />
                </details>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Page>
  );
}
