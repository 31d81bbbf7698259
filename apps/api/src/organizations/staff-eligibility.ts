import type { EligibilityVerdict } from '@fascicle/regulation';

/** A member's standing in the clinic's state, as the compliance report shows it. */
export interface StaffEligibilityAnswer {
  state: string;
  verdict: EligibilityVerdict;
  /** What is missing, in plain words. */
  missing: string[];
  /** When the rule's sources were last read. */
  checkedOn: string | null;
}

/**
 * Whether staff may dry needle in the clinic's state today. The organizations module shows it
 * in the compliance report but does not keep licenses or rules: the licensing module does,
 * imports this module (clinic admins ask about their staff), implements this, and is handed
 * over at start-up under STAFF_ELIGIBILITY (StaffEligibilityModule, wired in app.module.ts).
 * A fixed number of queries, however many members.
 */
export interface StaffEligibility {
  forStaff(userIds: readonly string[], state: string): Promise<Map<string, StaffEligibilityAnswer>>;
}

export const STAFF_ELIGIBILITY = Symbol('STAFF_ELIGIBILITY');
