import { useEffect, useRef, useState } from 'react';

/** The API credits at most 60 s per report; reporting every 15 s loses nothing to that cap. */
export const REPORT_EVERY_MS = 15_000;

interface Options {
  /**
   * Sends one recordLessonActivity. `resumed` says the page was not being read since the last
   * report (just opened, or visible again after being hidden): the server then restarts its
   * clock and credits nothing. Rejects when the report did not reach the server.
   */
  report: (resumed: boolean) => Promise<unknown>;
  /** False once the lesson is complete: nothing left to credit. */
  enabled: boolean;
  intervalMs?: number;
}

/**
 * Reports lesson activity while the page is visible, and only then: the server measures
 * seat time between reports by its own clock, so a hidden tab must stop reporting rather
 * than claim time nobody spent reading, and the first report after it is marked `resumed`
 * so the hidden stretch is not credited either. Returns whether it is reporting now.
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
    // Until a resumed report has reached the server, the next one must say resumed too: a
    // failed one would otherwise let the following report claim the hidden time.
    let resumePending = true;

    const send = () => {
      const resumed = resumePending;
      latest.current(resumed).then(
        () => {
          if (resumed) resumePending = false;
        },
        () => undefined,
      );
    };
    const start = () => {
      if (timer !== undefined) return;
      // At once: opening (or returning to) the lesson restarts the server's clock.
      send();
      timer = setInterval(send, intervalMs);
      setActive(true);
    };
    const stop = () => {
      if (timer === undefined) return;
      clearInterval(timer);
      timer = undefined;
      resumePending = true;
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
