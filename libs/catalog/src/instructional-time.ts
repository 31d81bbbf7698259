/**
 * How long a self-paced course really takes, estimated from its content the way CE
 * accreditors accept: the NASBA/AICPA word-count method (Statement on Standards for CPE
 * Programs, standard S14-07): minutes = words / 180 + audio-video minutes + 1.85 × questions.
 * NASBA's task force checked the formula against pilot tests of 100 programs before adopting it.
 *
 * 180 words a minute is the low end of the 175–300 wpm range in which most adults read
 * English non-fiction silently (mean 238; Brysbaert M, J Mem Lang 2019;109:104047, a
 * meta-analysis of 190 studies); older and second-language readers are slower. No published
 * rate for clinical text was found, so we keep NASBA's conservative figure: dense clinical
 * prose, with its long words and figures, reads slower than the non-fiction average.
 *
 * This file imports nothing, so the web editor runs the same estimate as the server.
 */
export const READING_WORDS_PER_MINUTE = 180;
export const MINUTES_PER_QUESTION = 1.85;

/**
 * How far a lesson's required seat time may exceed its estimate: 20 %, at least one whole
 * minute. No accreditor publishes a tolerance; ours leaves room for rounding and for a slower
 * reader without letting a requirement drift to twice the reading time.
 */
export const SEAT_TIME_TOLERANCE = 0.2;

/** A pilot replaces the estimate only with at least this many testers (NASBA: three). */
export const MIN_PILOT_TESTERS = 3;

export interface PilotTiming {
  /** Testers from the audience, independent of the authors, not told the expected length. */
  testers: number;
  medianMinutes: number;
}

export interface LessonTimeInput {
  bodyMarkdown: string;
  /** Durations of the lesson's audio and video, in seconds (its videos: lesson_media). */
  mediaSeconds?: readonly number[];
  pilot?: PilotTiming | null;
}

export type TimeSource = 'WORD_COUNT' | 'PILOT';

export interface LessonTime {
  words: number;
  readingMinutes: number;
  mediaMinutes: number;
  /** What the lesson is credited with: the pilot's median when there is a valid pilot. */
  minutes: number;
  source: TimeSource;
}

/**
 * The words a learner must read: Markdown syntax, link targets and a trailing
 * `## References` section (a list the learner consults, not reads through) are left out.
 */
export function countWords(markdown: string): number {
  const text = markdown
    .split(/^#{1,6}\s+References\s*$/im)[0]
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`|~]+/g, ' ')
    .replace(/^\s*(?:[-+]|\d+[.)])\s+/gm, ' ');
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function isValidPilot(pilot: PilotTiming | null | undefined): pilot is PilotTiming {
  return (
    !!pilot &&
    Number.isInteger(pilot.testers) &&
    pilot.testers >= MIN_PILOT_TESTERS &&
    Number.isFinite(pilot.medianMinutes) &&
    pilot.medianMinutes > 0
  );
}

export function lessonTime(input: LessonTimeInput): LessonTime {
  const words = countWords(input.bodyMarkdown);
  const readingMinutes = words / READING_WORDS_PER_MINUTE;
  const mediaMinutes = (input.mediaSeconds ?? []).reduce((sum, seconds) => sum + seconds, 0) / 60;
  if (isValidPilot(input.pilot)) {
    return {
      words,
      readingMinutes,
      mediaMinutes,
      minutes: input.pilot.medianMinutes,
      source: 'PILOT',
    };
  }
  return {
    words,
    readingMinutes,
    mediaMinutes,
    minutes: readingMinutes + mediaMinutes,
    source: 'WORD_COUNT',
  };
}

/** Time to answer the questions a learner must take once (first attempt only). */
export function quizMinutes(questionsDrawn: number): number {
  return questionsDrawn * MINUTES_PER_QUESTION;
}

/** The most seat time a lesson may require for an estimate of `minutes`. */
export function maxSeatTimeMinutes(minutes: number): number {
  return Math.max(Math.ceil(minutes - 1e-9), Math.floor(minutes * (1 + SEAT_TIME_TOLERANCE)));
}

export interface CourseTimeInput {
  lessons: readonly LessonTimeInput[];
  /** Questions drawn by each quiz a learner must pass. */
  quizQuestions: readonly number[];
}

export interface CourseTime {
  lessons: LessonTime[];
  lessonMinutes: number;
  quizMinutes: number;
  /** Whole minutes the content supports (rounded down): the most a course may claim. */
  supportedMinutes: number;
}

export function courseTime(input: CourseTimeInput): CourseTime {
  const lessons = input.lessons.map(lessonTime);
  const lessonMinutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  const questionMinutes = input.quizQuestions.reduce((sum, count) => sum + quizMinutes(count), 0);
  return {
    lessons,
    lessonMinutes,
    quizMinutes: questionMinutes,
    supportedMinutes: Math.floor(lessonMinutes + questionMinutes + 1e-9),
  };
}
