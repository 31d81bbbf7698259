import { useEffect, useRef, useState, type RefObject } from 'react';

/** The API credits at most 60 s per report; reporting every 15 s loses nothing to that cap. */
export const REPORT_EVERY_MS = 15_000;

interface Options {
  /**
   * Sends one recordLessonActivity. `resumed` says the page was not being read since the last
   * report (just opened, or visible again after being hidden): the server then restarts its
   * clock and credits nothing. `reachedEnd` says the reader has reached the end of the text
   * (the server keeps the first). `playing` says the lesson's video played throughout the
   * interval since the last report (the server counts it as watched). Rejects when the report
   * did not reach the server.
   */
  report: (resumed: boolean, reachedEnd: boolean, playing: boolean) => Promise<unknown>;
  /** False once the lesson is complete: nothing left to credit. */
  enabled: boolean;
  /**
   * An element just after the lesson's text. Once it has been on screen while the page was
   * visible, one report says `reachedEnd`: the active time until then is the reader's reading
   * time, the evidence authors and reviewers compare with the required time.
   */
  end?: RefObject<Element | null>;
  /**
   * Whether a video of the lesson is playing now. Each change is reported at once (while the
   * page is visible), so every interval between two reports was either all playing or all not,
   * and the server credits as watched only the time a video actually played.
   */
  playing?: boolean;
  intervalMs?: number;
}

/**
 * Reports lesson activity while the page is visible, and only then: the server measures
 * seat time between reports by its own clock, so a hidden tab must stop reporting rather
 * than claim time nobody spent reading, and the first report after it is marked `resumed`
 * so the hidden stretch is not credited either. Returns whether it is counting seat time now.
 *
 * A reader who meets the required time before reaching the end keeps reporting (while
 * visible) until the end is reported, so a slow reader's reading time is measured too; a
 * lesson opened already complete reports nothing.
 */
export function useSeatTimeReporter({
  report,
  enabled,
  end,
  playing = false,
  intervalMs = REPORT_EVERY_MS,
}: Options): boolean {
  const latest = useRef(report);
  // Whether the video has been playing since the last report; and a report now, while counting.
  const playedSince = useRef(playing);
  const reportNow = useRef<(() => void) | null>(null);
  const [active, setActive] = useState(false);
  // Whether this page has counted time, and whether the end has been reported since.
  const [counted, setCounted] = useState(enabled);
  const [endReported, setEndReported] = useState(false);
  if (enabled && !counted) setCounted(true);
  const watchesEnd = end !== undefined && typeof IntersectionObserver !== 'undefined';
  const running = enabled || (counted && watchesEnd && !endReported);

  useEffect(() => {
    latest.current = report;
  }, [report]);

  useEffect(() => {
    if (playedSince.current === playing) return;
    // The interval until now had the old state: report it, then the new one runs.
    reportNow.current?.();
    playedSince.current = playing;
  }, [playing]);

  useEffect(() => {
    if (!running) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    // Until a resumed report has reached the server, the next one must say resumed too: a
    // failed one would otherwise let the following report claim the hidden time.
    let resumePending = true;
    // Whether the end is on screen now; whether it has been while the page was visible; and
    // whether a report saying so is in flight or has been answered.
    let endInView = false;
    let endSeen = false;
    let endSending = false;
    let endDone = false;

    const send = () => {
      const resumed = resumePending;
      const reachedEnd = endSeen && !endSending && !endDone;
      if (reachedEnd) endSending = true;
      latest.current(resumed, reachedEnd, playedSince.current).then(
        () => {
          if (resumed) resumePending = false;
          if (reachedEnd) {
            endDone = true;
            setEndReported(true);
          }
        },
        () => {
          if (reachedEnd) endSending = false;
        },
      );
    };
    const start = () => {
      if (timer !== undefined) return;
      endSeen ||= endInView;
      // At once: opening (or returning to) the lesson restarts the server's clock.
      send();
      timer = setInterval(send, intervalMs);
      reportNow.current = send;
      setActive(true);
    };
    const stop = () => {
      if (timer === undefined) return;
      clearInterval(timer);
      timer = undefined;
      reportNow.current = null;
      resumePending = true;
      setActive(false);
    };
    const follow = () => (document.visibilityState === 'visible' ? start() : stop());

    const target = end?.current;
    const observer =
      target && watchesEnd
        ? new IntersectionObserver((entries) => {
            endInView = entries.at(-1)?.isIntersecting ?? endInView;
            if (endSeen || !endInView || timer === undefined) return;
            endSeen = true;
            // Reported now, not at the next tick: the reading time is the time until here.
            send();
          })
        : undefined;

    follow();
    document.addEventListener('visibilitychange', follow);
    if (target) observer?.observe(target);
    return () => {
      observer?.disconnect();
      document.removeEventListener('visibilitychange', follow);
      stop();
    };
  }, [running, intervalMs, end, watchesEnd]);

  return enabled && active;
}
