/** One line of a version's contactHours: its claim in one body's unit. */
export interface HoursLine {
  label: string;
  approvalNumber: string | null;
  text: string;
}

/**
 * Each approval with its hours in its own unit. The API lists one line per approval (named
 * by its body and number), then one in hours of 60 minutes with no number.
 */
export function approvalsWithHours<A extends { body: string; approvalNumber: string }>(
  approvals: readonly A[],
  lines: readonly HoursLine[],
): (A & { hoursText: string | null })[] {
  return approvals.map((approval) => ({
    ...approval,
    hoursText:
      lines.find(
        (line) => line.approvalNumber === approval.approvalNumber && line.label === approval.body,
      )?.text ?? null,
  }));
}

/** The line in hours of 60 minutes, which holds for no board in particular. */
export function defaultHours(lines: readonly HoursLine[]): string | null {
  return lines.find((line) => line.approvalNumber === null)?.text ?? null;
}

/** Today's calendar day in UTC (YYYY-MM-DD), as the API dates the credit period. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whether the last day credit was offered (inclusive) is past. */
export function creditEnded(creditEndsOn: string | null | undefined, today: string): boolean {
  return Boolean(creditEndsOn) && creditEndsOn! < today;
}
