/** The most one activity report can credit: twice the client's 30-second reporting interval. */
export const ACTIVITY_CAP_SECONDS = 60;

/**
 * Whole seconds of seat time to credit for one activity report. The client reports while the
 * lesson is visible (every 30 s, say); the time between two reports is measured on the server's
 * clock and capped, so neither a single call nor a client clock can claim the minutes.
 *
 * The first report (no previous one) only starts the clock, and a server clock that went
 * backwards earns nothing rather than a negative or huge amount.
 */
export function creditedSeconds(
  lastReportAt: Date | null,
  now: Date,
  capSeconds = ACTIVITY_CAP_SECONDS,
): number {
  if (lastReportAt === null) return 0;
  const elapsedMs = now.getTime() - lastReportAt.getTime();
  // NaN (an invalid Date) fails this test too, so it credits nothing.
  if (!(elapsedMs > 0)) return 0;
  return Math.min(Math.floor(elapsedMs / 1000), capSeconds);
}
