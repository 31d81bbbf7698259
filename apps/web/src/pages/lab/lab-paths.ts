/** The practical exam form for one candidate, from the lab roster (program and session kept). */
export function practicalExamPath({
  checklistId,
  candidateId,
  programId,
  sessionId,
}: {
  checklistId: string;
  candidateId: string;
  programId: string;
  sessionId?: string | null;
}): string {
  const query = new URLSearchParams({ program: programId });
  if (sessionId) query.set('session', sessionId);
  return `/teach/practical/${checklistId}/${candidateId}?${query.toString()}`;
}

/** The instructor's lab screen of a session. */
export function labPath(sessionId: string): string {
  return `/teach/live/${sessionId}/lab`;
}

/** A learner's progress on a program. */
export function programProgressPath(programId: string): string {
  return `/programs/${programId}/progress`;
}
