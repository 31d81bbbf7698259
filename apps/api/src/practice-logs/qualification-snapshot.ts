/** The supervisor's qualification as it stood when they confirmed a session. */
export interface QualificationSnapshot {
  supervisorName: string;
  licenseState: string;
  licenseNumber: string;
  dryNeedlingYears: number;
  ownSessions: number;
  /**
   * The licenses on the supervisor's account at the confirmation (profession, state, expiry),
   * which a program's supervisor rule checks; absent on confirmations made before programs
   * had rules, which then count as not recorded.
   */
  licenses?: { profession: string; jurisdiction: string; expiresOn: string | null }[];
  /** Whether they stated they meet the program state's own rule; null when not stated. */
  meetsStateQualification?: boolean | null;
}
