import {
  lessonTime,
  maxSeatTimeMinutes,
  READING_WORDS_PER_MINUTE,
  type TimeSource,
} from '@fascicle/credit-time';

export { READING_WORDS_PER_MINUTE };

/** A lesson's recorded pilot as the credit report gives it. */
export interface SavedPilot {
  testers: number;
  medianMinutes: number;
  /** The text changed after the pilot: it no longer counts. */
  stale: boolean;
}

export interface LiveEstimate {
  words: number;
  readingMinutes: number;
  /** What the lesson would be credited with if this text were saved. */
  minutes: number;
  source: TimeSource;
  /** The most seat time the lesson may require for that estimate. */
  maxSeatTimeMinutes: number;
  /** A pilot that counts now, which saving this text would make stale. */
  pilotLapses: boolean;
}

/**
 * The estimate the server will make for this text, computed in the browser by the same pure
 * functions (libs/catalog/src/instructional-time.ts). The server keeps a pilot only for the
 * text it timed, so a pilot counts while the text is the saved one.
 */
export function liveEstimate(
  bodyMarkdown: string,
  saved?: { bodyMarkdown: string; pilot: SavedPilot | null },
): LiveEstimate {
  const pilot = saved?.pilot && !saved.pilot.stale ? saved.pilot : null;
  const unchanged = saved !== undefined && bodyMarkdown === saved.bodyMarkdown;
  const time = lessonTime({ bodyMarkdown, pilot: pilot && unchanged ? pilot : null });
  return {
    words: time.words,
    readingMinutes: time.readingMinutes,
    minutes: time.minutes,
    source: time.source,
    maxSeatTimeMinutes: maxSeatTimeMinutes(time.minutes),
    pilotLapses: pilot !== null && !unchanged,
  };
}

/** Why the seat time typed is more than the lesson may require, or null. */
export function seatTimeWarning(seatTimeText: string, estimate: LiveEstimate): string | null {
  const trimmed = seatTimeText.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const seatTime = Number(trimmed);
  if (seatTime <= estimate.maxSeatTimeMinutes) return null;
  return `${seatTime} minutes is more than this text supports: require at most ${estimate.maxSeatTimeMinutes}, add content, or record a pilot.`;
}

/**
 * The course's supported minutes if this lesson's estimate changed from `savedMinutes` to
 * `liveMinutes` (the server rounds the total down to whole minutes).
 */
export function supportedWith(
  report: { lessonMinutes: number; quizMinutes: number },
  savedMinutes: number,
  liveMinutes: number,
): number {
  return Math.floor(report.lessonMinutes - savedMinutes + liveMinutes + report.quizMinutes + 1e-9);
}
