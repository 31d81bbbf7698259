import type { ManualClock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import type { CourseFacts } from './course-facts.js';
import { LessonReadingWriter } from './lesson-reading-writer.js';
import type { KeyedRandom } from './random.js';
import type { SeedServices } from './seed-services.js';
import { answersFor } from './simulated-answers.js';

const MINUTE = 60_000;
/** Time spent on each answer. */
const ANSWER_MS = 40_000;
/** After each attempt: past the retake wait of the seeded quizzes (10 minutes). */
const AFTER_ATTEMPT_MS = 11 * MINUTE;

// Rows as the services return them: the seed works through services and readers only.
type Enrollment = Awaited<ReturnType<SeedServices['enrollments']['enroll']>>;
type Quiz = NonNullable<Awaited<ReturnType<SeedServices['assessment']['quizzesByIds']>>[number]>;

/** A published course as the demo data names it: its slug keys the learner's choices. */
export interface DemoCourse {
  id: string;
  slug: string;
}

/**
 * A demo learner working through a course the way the web app drives the API: seat time
 * reported once a minute while a lesson is open (the reports of one lesson written together),
 * quizzes answered (an attempt's answers saved together) and submitted, the evaluation filled
 * in. Time is the seed's ManualClock, moved as the learner works.
 *
 * `ability` (about -1 to 3) and each question's difficulty decide how often an answer is
 * right (see simulated-answers.ts). Every choice is keyed by what it is about, so the same
 * learner does the same things on every run.
 *
 * Resumable: run again after a crash, the learner skips what is stored (a completed lesson,
 * a submitted attempt), moving the clock as doing it did, and redoes the rest at the very
 * times the interrupted run did. A lesson is written whole or not at all, an attempt in
 * progress is resumed and its answers saved again, and the evaluation sent again finishes an
 * interrupted completion.
 */
export class SimulatedLearner {
  /** Attempts submitted, before a crash included, for the seed's progress line. */
  attemptsMade = 0;
  private readonly readings: LessonReadingWriter;

  constructor(
    private readonly services: SeedServices,
    private readonly clock: ManualClock,
    readonly principal: Principal,
    private readonly ability: number,
    private readonly random: KeyedRandom,
    private readonly facts: CourseFacts,
  ) {
    this.readings = new LessonReadingWriter(services.db, services.catalog);
  }

  enroll(course: DemoCourse): Promise<Enrollment> {
    return this.services.enrollments.enroll(course.id, this.principal);
  }

  /** Every lesson, every quiz passed (the last allowed attempt studied for), the evaluation. */
  async complete(course: DemoCourse): Promise<void> {
    const enrollment = await this.enroll(course);
    await this.readLessons(enrollment);
    for (const quiz of await this.quizzesOf(enrollment.versionId)) {
      const limit = quiz.maxAttempts ?? 3;
      if (!(await this.takeQuiz(quiz, limit, true))) throw new Error(`failed ${quiz.title}`);
    }
    await this.evaluate(enrollment, course.slug);
  }

  /** The first lessons and the first quiz, passed. */
  async partWay(course: DemoCourse, lessons: number): Promise<void> {
    const enrollment = await this.enroll(course);
    await this.readLessons(enrollment, lessons);
    const [firstQuiz] = await this.quizzesOf(enrollment.versionId);
    if (firstQuiz) await this.takeQuiz(firstQuiz, 3, true);
  }

  /**
   * Reads the lessons in order (all of them unless `count` says how many). A reader reaches
   * the end of the text after 70–110 % of the required time (faster for stronger learners),
   * as the web app reports it, stays until the seat time is met (a report each minute) and
   * marks the lesson done; the reports are written at once, as they would have left the rows
   * (LessonReadingWriter), and the clock moves past them.
   */
  async readLessons(enrollment: Enrollment, count = Infinity): Promise<void> {
    const lessons = (await this.facts.lessonsOf(enrollment.versionId)).slice(0, count);
    const [progress] = await this.services.learning.progressByEnrollmentIds([enrollment.id]);
    const done = new Set(progress.filter((row) => row.completedAt).map((row) => row.lessonId));
    for (const lesson of lessons) {
      if (done.has(lesson.id)) {
        this.clock.advance((lesson.seatTimeMinutes + 2) * MINUTE);
        continue;
      }
      const ability = Math.max(0, Math.min(3, this.ability));
      const pace = 1.1 - 0.1 * ability - 0.1 * this.random.unit('pace', lesson.title);
      const endAt = Math.max(1, Math.round(lesson.seatTimeMinutes * pace));
      await this.readings.read(
        { lessonId: lesson.id, from: this.clock.now(), endAt },
        this.principal,
      );
      this.clock.advance((lesson.seatTimeMinutes + 2) * MINUTE);
    }
  }

  /** The course's quizzes: module quizzes in module order, the final exam last. */
  quizzesOf(versionId: string): Promise<Quiz[]> {
    return this.facts.quizzesOf(versionId);
  }

  /**
   * Attempts the quiz until passed (or `attempts` are used). A learner who must pass the
   * final exam on its last allowed attempt has studied: `mustPass` answers that one right.
   */
  async takeQuiz(quiz: Quiz, attempts: number, mustPass = false): Promise<boolean> {
    const earlier = await this.services.attempts.mine(quiz.id, this.principal);
    for (let round = 1; round <= attempts; round += 1) {
      const stored = earlier.find((attempt) => attempt.attemptNumber === round);
      let passed: boolean;
      if (stored?.submittedAt) {
        this.clock.advance(stored.maxPoints * ANSWER_MS);
        this.attemptsMade += 1;
        passed = stored.passed === true;
      } else {
        passed = await this.attempt(quiz, round, mustPass && round === attempts);
      }
      this.clock.advance(AFTER_ATTEMPT_MS);
      if (passed) return true;
    }
    return false;
  }

  async evaluate(enrollment: Enrollment, courseSlug: string): Promise<void> {
    const random = this.random.child('evaluation', courseSlug);
    const score = (item: string) => (random.unit(item) < 0.7 ? 5 : 4);
    await this.services.evaluations.submit(
      {
        enrollmentId: enrollment.id,
        contentRelevance: score('relevance'),
        objectivesMet: score('objectives'),
        presentationQuality: score('presentation'),
        freeOfCommercialBias: true,
        wouldRecommend: random.unit('recommend') < 0.9,
        comments: '',
        intendedPracticeChange: random.pick(
          [
            'Screen every thoracic patient for pneumothorax risk before needling.',
            'Use the NPRS and a functional measure at every needling visit.',
            'Give written aftercare advice about post-needling soreness.',
            '',
          ],
          'practice change',
        ),
      },
      this.principal,
    );
    this.clock.advance(MINUTE);
  }

  /** One attempt: the one in progress after a crash, or a new one. */
  private async attempt(quiz: Quiz, round: number, answerAllRight: boolean): Promise<boolean> {
    const attempt = await this.services.attempts.start(quiz.id, this.principal);
    if (attempt.attemptNumber !== round) {
      throw new Error(`${quiz.title}: expected attempt ${round}, got ${attempt.attemptNumber}`);
    }
    const drawnIds = await this.services.assessment.drawnQuestionIds(attempt.id);
    const bank = await this.facts.bank(quiz.bankId);
    const drawn = drawnIds.map((id) => ({
      question: bank.questions.find((question) => question.id === id)!,
      options: bank.options.get(id)!,
    }));
    const learner = { ability: this.ability, random: this.random };
    const answers = answersFor(learner, quiz, round, bank.questions, drawn, answerAllRight);
    // One answer every ANSWER_MS, saved together at the last one's time.
    const first = this.clock.now().getTime();
    const given = drawnIds.map((questionId, index) => ({
      questionId,
      selectedOptionIds: answers[index],
      answeredAt: new Date(first + index * ANSWER_MS),
    }));
    if (given.length > 0) {
      this.clock.advance((given.length - 1) * ANSWER_MS);
      await this.services.answers.saveAll(attempt.id, given, this.principal);
      this.clock.advance(ANSWER_MS);
    }
    const graded = await this.services.attempts.submit(attempt.id, this.principal);
    this.attemptsMade += 1;
    return graded.passed === true;
  }
}
