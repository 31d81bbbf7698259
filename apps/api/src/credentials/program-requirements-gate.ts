import type { EntityManager } from 'typeorm';

/** What a program asks beyond its courses, for one person, as the gate found it. */
export interface BeyondCourses {
  /** Every requirement beyond the courses holds (true for a program that asks nothing more). */
  met: boolean;
  /** Credited live minutes the program's own sessions add to the credential. */
  liveMinutes: number;
}

/**
 * The requirements of a program beyond its courses (live hours, a practical examination,
 * supervised patient sessions). Credentials decides when a program is awarded but does not
 * keep that evidence: the hybrid-programs module does, implements this, and is handed over at
 * start-up under PROGRAM_REQUIREMENTS_GATE (see ProgramRequirementsGateModule). Asked inside
 * the awarding transaction, so it reads through `manager`.
 */
export interface ProgramRequirementsGate {
  beyondCourses(
    manager: EntityManager,
    userId: string,
    programIds: readonly string[],
    today: string,
  ): Promise<Map<string, BeyondCourses>>;
}

export const PROGRAM_REQUIREMENTS_GATE = Symbol('PROGRAM_REQUIREMENTS_GATE');
