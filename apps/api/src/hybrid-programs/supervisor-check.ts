import {
  supervisorQualification,
  type SupervisorQualification,
  type SupervisorRule,
} from '@fascicle/hybrid';
import type { QualificationSnapshot } from '../practice-logs/qualification-snapshot.js';

/**
 * Whether the supervisor's confirmation of a session counts under a program's rule: their
 * qualification as copied at the confirmation, with their licenses checked on the day of the
 * session (a supervisor must have been licensed when they supervised). No rule: it counts.
 * Not confirmed: it does not (there is nothing to check).
 */
export function supervisorCheck(
  rule: SupervisorRule | null,
  snapshot: QualificationSnapshot | null,
  sessionDate: string,
): SupervisorQualification {
  if (!rule) return { qualified: true };
  if (!snapshot) {
    return {
      qualified: false,
      reasons: [{ code: 'EXPERIENCE_NOT_RECORDED', message: 'The session is not confirmed yet.' }],
    };
  }
  return supervisorQualification(
    rule,
    {
      // Confirmations before programs had rules kept no licenses: not recorded, so not met.
      licenses: snapshot.licenses ?? [],
      dryNeedlingYears: snapshot.dryNeedlingYears,
      ownSessions: snapshot.ownSessions,
      meetsStateQualification: snapshot.meetsStateQualification ?? null,
    },
    sessionDate,
  );
}
