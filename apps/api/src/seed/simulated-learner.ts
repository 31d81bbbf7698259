import type { ManualClock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { hashUnit, type SeededRandom } from './random.js';
import type { SeedServices } from './seed-services.js';

const MINUTE = 60_000;

// Rows as the services return them: the seed works through services and readers only.
type Enrollment = Awaited<ReturnType<SeedServices['enrollments']['enroll']>>;
type Quiz = NonNullable<Awaited<ReturnType<SeedServices['assessment']['quizzesByIds']>>[number]>;

/**
 * A demo learner working through a course the way the web app drives the API: seat time
 * reported once a minute while a lesson is open, quizzes answered and submitted, the
 * evaluation filled in. Time is the seed's ManualClock, moved as the learner works.
 *
 * `ability` (about -1 to 3) and each question's difficulty (fixed by its id) decide how
 * often an answer is right, so item analysis shows easy and hard questions and stronger
 * learners scoring higher, as real cohorts do.
 */
export class SimulatedLearner {
  /** Attempts submitted so far, for the seed's progress line. */
  attemptsMade = 0;

  constructor(
    private readonly services: SeedServices,
    private readonly clock: ManualClock,
    readonly principal: Principal,
    private readonly ability: number,
    private readonly random: SeededRandom,
  ) {}

  enroll(courseId: string): Promise<Enrollment> {
    return this.services.enrollments.enroll(courseId, this.principal);
  }

  /**
   * Reads the lessons in order (all of them unless `count` says how many). A reader reaches
   * the end of the text after 70–110 % of the required time (faster for stronger learners),
   * as the web app reports it, and stays until the seat time is met.
   */
  async readLessons(enrollment: Enrollment, count = Infinity): Promise<void> {
    const lessons = (await this.lessonsOf(enrollment.versionId)).slice(0, count);
    for (const lesson of lessons) {
      const pace = 1.1 - 0.1 * Math.max(0, Math.min(3, this.ability)) - 0.1 * this.random.next();
      const endAt = Math.max(1, Math.round(lesson.seatTimeMinutes * pace));
      for (let minute = 0; minute <= lesson.seatTimeMinutes; minute += 1) {
        await this.services.progress.recordActivity(
          lesson.id,
          this.principal,
          false,
          minute === endAt,
        );
        if (minute < lesson.seatTimeMinutes) this.clock.advance(MINUTE);
      }
      await this.services.progress.complete(lesson.id, this.principal);
      this.clock.advance(2 * MINUTE);
    }
  }

  /** The course's quizzes: module quizzes in module order, the final exam last. */
  async quizzesOf(versionId: string): Promise<Quiz[]> {
    const [quizzes] = await this.services.assessment.quizzesByVersionIds([versionId]);
    const [modules] = await this.services.catalog.modulesByVersionIds([versionId]);
    const order = (quiz: Quiz) =>
      quiz.moduleId === null
        ? Number.MAX_SAFE_INTEGER
        : modules.findIndex((module) => module.id === quiz.moduleId);
    return [...quizzes].sort((a, b) => order(a) - order(b));
  }

  /**
   * Attempts the quiz until passed (or `attempts` are used). A learner who must pass the
   * final exam on its last allowed attempt has studied: `mustPass` answers that one right.
   */
  async takeQuiz(quiz: Quiz, attempts: number, mustPass = false): Promise<boolean> {
    for (let round = 1; round <= attempts; round += 1) {
      const lastChance = mustPass && round === attempts;
      const passed = await this.attempt(quiz, lastChance);
      // Past the retake wait of the seeded quizzes (10 minutes).
      this.clock.advance(11 * MINUTE);
      if (passed) return true;
    }
    return false;
  }

  async evaluate(enrollment: Enrollment): Promise<void> {
    const score = () => (this.random.next() < 0.7 ? 5 : 4);
    await this.services.evaluations.submit(
      {
        enrollmentId: enrollment.id,
        contentRelevance: score(),
        objectivesMet: score(),
        presentationQuality: score(),
        freeOfCommercialBias: true,
        wouldRecommend: this.random.next() < 0.9,
        comments: '',
        intendedPracticeChange: this.random.pick([
          'Screen every thoracic patient for pneumothorax risk before needling.',
          'Use the NPRS and a functional measure at every needling visit.',
          'Give written aftercare advice about post-needling soreness.',
          '',
        ]),
      },
      this.principal,
    );
    this.clock.advance(MINUTE);
  }

  private async attempt(quiz: Quiz, answerAllRight: boolean): Promise<boolean> {
    const attempt = await this.services.attempts.start(quiz.id, this.principal);
    const drawn = await this.services.assessment.drawnQuestionIds(attempt.id);
    const options = await this.services.assessment.optionsByQuestionIds(drawn);
    for (const [index, questionId] of drawn.entries()) {
      const right = answerAllRight || this.knows(questionId);
      const chosen = this.choose(options[index], right);
      await this.services.attempts.saveAnswer(
        { attemptId: attempt.id, questionId, selectedOptionIds: chosen },
        this.principal,
      );
      this.clock.advance(40_000);
    }
    const graded = await this.services.attempts.submit(attempt.id, this.principal);
    this.attemptsMade += 1;
    return graded.passed === true;
  }

  /** Rasch-style: the chance of a right answer grows with ability minus difficulty. */
  private knows(questionId: string): boolean {
    const difficulty = -1.5 + 3 * hashUnit(questionId);
    return this.random.next() < 1 / (1 + Math.exp(-(this.ability - difficulty)));
  }

  private choose(options: { id: string; isCorrect: boolean }[], right: boolean): string[] {
    const correct = options.filter((option) => option.isCorrect).map((option) => option.id);
    if (right) return correct;
    const wrong = options.filter((option) => !option.isCorrect).map((option) => option.id);
    // A wrong multiple-choice answer usually misses or adds one option; a wrong single
    // choice picks a distractor.
    if (correct.length > 1 && this.random.next() < 0.5) return correct.slice(1);
    return correct.length > 1 ? [...correct, this.random.pick(wrong)] : [this.random.pick(wrong)];
  }

  private async lessonsOf(versionId: string) {
    const [modules] = await this.services.catalog.modulesByVersionIds([versionId]);
    const lessons = await this.services.catalog.lessonsByModuleIds(modules.map((m) => m.id));
    return lessons.flat();
  }
}
