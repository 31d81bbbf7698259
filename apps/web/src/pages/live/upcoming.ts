/**
 * The sessions a learner can still attend: not yet ended. The API lists every session in
 * order of start, past ones included (it has no "from" filter yet), so the screen leaves out
 * those that are over. Cancelled ones stay, marked, so a learner who held a seat sees why it
 * is gone.
 */
export function upcoming<T extends { endsAt: string }>(
  sessions: readonly T[],
  now = Date.now(),
): T[] {
  return sessions.filter((session) => Date.parse(session.endsAt) > now);
}
