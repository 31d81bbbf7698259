/** Why a learner may not enrol: the input field at fault and what to do, in plain words. */
export interface EnrollmentRefusal {
  field: string;
  message: string;
}

/**
 * Checks another module asks of a learner before they enrol in a course (board reporting: a
 * license number a board's tracking system would refuse). Learning does not know those rules,
 * so it declares this and receives the implementation under ENROLLMENT_GATE at start-up (see
 * EnrollmentGateModule), as assessment does with AttemptEligibility. A refusal vetoes the
 * enrollment with BAD_USER_INPUT on the field it names.
 */
export interface EnrollmentGate {
  refusal(userId: string, courseId: string): Promise<EnrollmentRefusal | null>;
}

export const ENROLLMENT_GATE = Symbol('ENROLLMENT_GATE');
