const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * How long a job waits after its `attempts`-th failure: 30 s, doubling, at most an hour, so a
 * mail server that is down for a while is not hammered and one back in minutes is soon used.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
}
