import { useEffect, useRef, useState } from 'react';

/** The API credits at most 60 s per report; reporting every 15 s loses nothing to that cap. */
export const REPORT_EVERY_MS = 15_000;

interface Options {
  /** Sends one recordLessonActivity; failures are the caller's to show. */
  report: () => Promise<unknown>;
  /** False once the lesson is complete: nothing left to credit. */
  enabled: boolean;
  intervalMs?: number;
}

/**
 * Reports lesson activity while the page is visible, and only then: the server measures
 * seat time between reports by its own clock, so a hidden tab must stop reporting rather
 * than claim time nobody spent reading. Returns whether it is reporting now.
 */
export function useSeatTimeReporter({
  report,
  enabled,
  intervalMs = REPORT_EVERY_MS,
}: Options): boolean {
  const latest = useRef(report);
  const [active, setActive] = useState(false);

  useEffect(() => {
    latest.current = report;
  }, [report]);

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const send = () => void latest.current().catch(() => undefined);

    const start = () => {
      if (timer !== undefined) return;
      // At once: opening (or returning to) the lesson starts the server's clock.
      send();
      timer = setInterval(send, intervalMs);
      setActive(true);
    };
    const stop = () => {
      if (timer === undefined) return;
      clearInterval(timer);
      timer = undefined;
      setActive(false);
    };
    const follow = () => (document.visibilityState === 'visible' ? start() : stop());

    follow();
    document.addEventListener('visibilitychange', follow);
    return () => {
      document.removeEventListener('visibilitychange', follow);
      stop();
    };
  }, [enabled, intervalMs]);

  return enabled && active;
}
