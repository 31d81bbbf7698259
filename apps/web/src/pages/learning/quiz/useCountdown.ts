import { useEffect, useRef, useState } from 'react';

/**
 * Seconds left (null: untimed), ticking once a second, and `onExpire` called exactly once when
 * it reaches zero. `secondsRemaining` is the server's count when its answer arrived; the time
 * since then is measured with the monotonic clock (`performance.now()`), so a device clock
 * that is wrong, or changed during the attempt, moves nothing. Recomputed on every tick rather
 * than decremented, so a throttled background tab shows the true time when it wakes.
 */
export function useCountdown(secondsRemaining: number | null, onExpire: () => void): number | null {
  const [seconds, setSeconds] = useState(secondsRemaining);
  const expire = useRef(onExpire);
  const expired = useRef(false);

  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (secondsRemaining === null) {
      setSeconds(null);
      return;
    }
    // The effect runs as the answer is shown: close enough to its arrival for a seconds count.
    const receivedAt = performance.now();
    expired.current = false;
    const tick = () => {
      const elapsed = (performance.now() - receivedAt) / 1000;
      const left = Math.max(0, Math.ceil(secondsRemaining - elapsed));
      setSeconds(left);
      if (left === 0 && !expired.current) {
        expired.current = true;
        expire.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [secondsRemaining]);

  return seconds;
}
