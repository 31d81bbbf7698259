import { graphql } from '../../gql';
import type { PracticeProgramsQuery } from '../../gql/graphql';

/**
 * The programs a session may count toward, with their courses' authors: the supervisors the
 * API lets a learner find by name (it has no search of accounts for learners).
 */
export const PracticeProgramsDocument = graphql(`
  query PracticePrograms {
    credentialPrograms {
      id
      title
      handsOnRequirements {
        supervisedSessions {
          minimumCount
          withinDays
        }
      }
      courses {
        id
        authors {
          userId
          displayName
        }
      }
    }
  }
`);

export type PracticeProgram = PracticeProgramsQuery['credentialPrograms'][number];

export interface SupervisorChoice {
  userId: string;
  displayName: string;
}

/** The program's course authors, each once, by name, never the viewer. */
export function programSupervisors(
  program: PracticeProgram | undefined,
  viewerId: string | undefined,
): SupervisorChoice[] {
  const byId = new Map<string, SupervisorChoice>();
  for (const course of program?.courses ?? []) {
    for (const author of course.authors) {
      if (author.userId !== viewerId) byId.set(author.userId, author);
    }
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
