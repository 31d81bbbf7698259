import type { CourseDisclosure, CredentialKind, PilotTiming } from '@fascicle/catalog';

/** The curriculum as its files describe it, before anything is stored. */

export type QuestionKind = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE';

export interface CurriculumOption {
  text: string;
  correct: boolean;
}

export interface CurriculumQuestion {
  /** Stable and unique across the curriculum. */
  id: string;
  type: QuestionKind;
  objective: string;
  stem: string;
  /** For TRUE_FALSE: True and False, in that order, made from `answer`. */
  options: CurriculumOption[];
  explanation: string;
  reference: string;
  /** Where it was written, for messages: `courses/01-foundations/quizzes/module-1.yaml`. */
  source: string;
}

export interface CurriculumReference {
  citation: string;
  url: string | null;
}

export interface CurriculumLesson {
  file: string;
  title: string;
  seatTimeMinutes: number;
  objectives: string[];
  /** A pilot's timing, when one was run: it replaces the word-count estimate. */
  pilot: PilotTiming | null;
  /**
   * As written, front matter removed, with `{{state-rules-table}}` replaced by the table of
   * libs/regulation's data file; ends with its `## References` section.
   */
  body: string;
  references: CurriculumReference[];
  /** Why no reference is recent, when the topic has no recent source; null otherwise. */
  recentSourceNone: string | null;
  /** YYYY-MM-DD: when this lesson was last reviewed; null = the course's review date. */
  reviewedOn: string | null;
}

export interface CurriculumQuiz {
  title: string;
  questionFiles: string[];
  questions: CurriculumQuestion[];
  passingScorePercent: number;
  /** Drawn per attempt; null = all. */
  questionCount: number | null;
  timeLimitMinutes: number | null;
  maxAttempts: number | null;
  retakeWaitMinutes: number;
}

export interface CurriculumModule {
  title: string;
  lessons: CurriculumLesson[];
  quiz: CurriculumQuiz | null;
}

export interface CurriculumApproval {
  body: string;
  approvalNumber: string;
  /** The approving body's contact hour: 50 or 60 minutes, in steps of `increment` hours. */
  minutesPerHour: number;
  increment: number;
}

export interface CurriculumObjective {
  /** Lower-case words and hyphens, unique across the curriculum; questions are tagged with it. */
  key: string;
  text: string;
}

export interface CurriculumCourse {
  directory: string;
  slug: string;
  title: string;
  summary: string;
  audience: string;
  /** Minutes of instruction claimed: no more than the content's estimate supports. */
  creditMinutes: number;
  credentialKind: CredentialKind;
  scopeStatement: string;
  certificateValidityMonths: number | null;
  learningObjectives: CurriculumObjective[];
  /** Skills the course names but cannot assess online: assessed in the hands-on part. */
  handsOnObjectives: string[];
  disclosure: CourseDisclosure;
  /** YYYY-MM-DD */
  contentReviewedOn: string;
  creditEndsOn: string;
  topicTags: string[];
  prerequisites: string[];
  approval: CurriculumApproval | null;
  modules: CurriculumModule[];
  finalExam: CurriculumQuiz | null;
  /** What this version changed from the one before it, for the sources page; null = first. */
  versionNotes: string | null;
  /** What the content does not (yet) do or could not confirm, for the sources page. */
  knownLimits: string[];
  /**
   * Set when this version corrects safety or legal content: everyone who completed an
   * earlier version is told what changed (versionNotes).
   */
  corrects: CorrectionKind[];
}

export const CORRECTION_KINDS = ['SAFETY', 'LEGAL'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export interface CurriculumProgram {
  slug: string;
  title: string;
  description: string;
  credentialKind: CredentialKind;
  scopeStatement: string;
  validityMonths: number;
  courses: string[];
}

export interface Curriculum {
  courses: CurriculumCourse[];
  program: CurriculumProgram;
}
