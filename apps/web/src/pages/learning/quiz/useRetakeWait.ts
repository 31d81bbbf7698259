import { useEffect, useRef, useState } from 'react';
import { retakeWaitMessage } from './policy';

/** The longest delay setTimeout keeps (about 24.8 days); a retake wait is at most a week. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * After a failed attempt, the words saying when the next may start, or null once it may: the
 * page re-renders by itself at that moment, so the learner need not reload.
 */
export function useRetakeWait(
  nextAttemptAt: string | null | undefined,
  /** Called when the wait is over (to clear an error that said it was not). */
  onElapsed?: () => void,
): string | null {
  const [now, setNow] = useState(() => new Date());
  const elapsed = useRef(onElapsed);

  useEffect(() => {
    elapsed.current = onElapsed;
  }, [onElapsed]);

  useEffect(() => {
    if (!nextAttemptAt) return;
    const wait = new Date(nextAttemptAt).getTime() - Date.now();
    // A minute's tick keeps "in N minutes" true; the last tick lands on the moment itself (at
    // once when it has passed, so a stale clock from the first render says nothing wrong).
    const tick = () => setNow(new Date());
    const timer = setInterval(tick, 60_000);
    const last = setTimeout(
      () => {
        clearInterval(timer);
        tick();
        if (wait > 0) elapsed.current?.();
      },
      Math.min(Math.max(wait + 250, 0), MAX_TIMEOUT_MS),
    );
    return () => {
      clearInterval(timer);
      clearTimeout(last);
    };
  }, [nextAttemptAt]);

  return retakeWaitMessage(nextAttemptAt ?? null, now);
}
