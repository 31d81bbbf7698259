import { useEffect, useRef, useState } from 'react';

/**
 * Seconds left until `deadline` (null: untimed), ticking once a second, and `onExpire` called
 * exactly once when it reaches zero. Computed from the deadline on every tick rather than
 * decremented, so a throttled background tab or a sleeping laptop shows the true time.
 */
export function useCountdown(deadline: string | null, onExpire: () => void): number | null {
  const deadlineMs = deadline ? Date.parse(deadline) : null;
  const remaining = () =>
    deadlineMs === null ? null : Math.max(0, Math.ceil((deadlineMs - Date.now()) / 1000));
  const [seconds, setSeconds] = useState(remaining);
  const expire = useRef(onExpire);
  const expired = useRef(false);

  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (deadlineMs === null) return;
    expired.current = false;
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadlineMs - Date.now()) / 1000));
      setSeconds(left);
      if (left === 0 && !expired.current) {
        expired.current = true;
        expire.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadlineMs]);

  return seconds;
}
