/**
 * A holder's requirement as a key a certificate matches: a program credential answers a
 * program requirement, a course certificate a course requirement (a row has one or the other).
 */
export const requirementTargetKey = (
  userId: string,
  target: { programId: string | null; courseId: string | null },
): string =>
  target.programId
    ? `${userId}:program:${target.programId}`
    : `${userId}:course:${target.courseId}`;
