import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isPastDeadline, nextAttemptAt, QuestionType } from '@fascicle/assessment';
import { isReleased } from '@fascicle/catalog';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { checkAnswer } from './answer-check.js';
import { AssessmentErrors } from './assessment-errors.js';
import { AttemptGrader } from './attempt-grader.js';
import { AttemptRows } from './attempt-rows.js';
import { ATTEMPT_ELIGIBILITY, type AttemptEligibility } from './attempt-eligibility.js';
import type { SaveAnswerInput } from './dto/attempt.input.js';
import { AttemptDraw } from './attempt-draw.js';
import { AttemptQuestionEntity } from './entities/attempt-question.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { QuizAccommodationEntity } from './entities/quiz-accommodation.entity.js';
import { AttemptStatus, QuizAttemptEntity } from './entities/quiz-attempt.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';
import { learnerPolicy } from './quiz-plan.js';

/** Starting, answering and submitting quiz attempts. Grading happens here, on the server. */
@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly grader: AttemptGrader,
    private readonly clock: Clock,
    @Inject(ATTEMPT_ELIGIBILITY) private readonly eligibility: AttemptEligibility,
    private readonly drawing: AttemptDraw,
    private readonly catalog: CatalogReader,
    private readonly rows: AttemptRows,
  ) {}

  /**
   * Resumes the learner's attempt in progress, or starts the next one: draws the questions
   * and freezes them and their option order. Starts of one learner on one quiz take turns
   * behind a transaction-scoped advisory lock, so two clicks cannot make two attempts. The
   * maximum number of attempts and the time limit are the learner's (with an accommodation
   * if an admin granted one); after a failed attempt the next waits `retakeWaitMinutes`.
   */
  async start(quizId: string, principal: Principal): Promise<QuizAttemptEntity> {
    // Graded in transactions of their own first: a refusal below (no attempts left, a retake
    // wait) rolls back its transaction, and must not roll back the grading of one that expired.
    await this.finishExpired({ quizId, userId: principal.userId });
    // Announced after the commit (a subscriber must find the grade stored).
    const expired: { attempt: QuizAttemptEntity; quiz: QuizEntity }[] = [];
    const attempt = await this.db.transaction(async (manager) => {
      const quiz = await this.releasedQuiz(manager, quizId);
      const refusal = await this.eligibility.refusal(manager, principal.userId, quiz);
      if (refusal?.reason === 'NOT_ENROLLED') throw AssessmentErrors.notEnrolled();
      if (refusal?.reason === 'LESSONS_UNFINISHED') {
        throw AssessmentErrors.lessonsUnfinished(refusal.lessons);
      }
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `quiz-attempt:${quiz.id}:${principal.userId}`,
      ]);
      const attempts = await manager.find(QuizAttemptEntity, {
        where: { quizId: quiz.id, userId: principal.userId },
        order: { attemptNumber: 'ASC' },
      });
      const open = attempts.find((attempt) => attempt.status === AttemptStatus.IN_PROGRESS);
      if (open) {
        if (!isPastDeadline(this.clock.now(), open.deadlineAt)) return open;
        expired.push({ attempt: await this.grader.grade(manager, open, quiz, null), quiz });
      }
      const accommodation = await manager.findOneBy(QuizAccommodationEntity, {
        quizId: quiz.id,
        userId: principal.userId,
      });
      const policy = learnerPolicy(quiz, accommodation);
      if (policy.maxAttempts !== null && attempts.length >= policy.maxAttempts) {
        throw AssessmentErrors.maxAttempts(policy.maxAttempts);
      }
      const last = attempts.findLast((attempt) => attempt.status === AttemptStatus.SUBMITTED);
      const waitUntil =
        last && !last.passed
          ? nextAttemptAt(last.submittedAt, policy.retakeWaitMinutes, this.clock.now())
          : null;
      if (waitUntil) throw AssessmentErrors.retakeWait(waitUntil);
      return this.drawing.draw(manager, quiz, {
        userId: principal.userId,
        attemptNumber: attempts.length + 1,
        timeLimitSeconds: policy.timeLimitSeconds,
      });
    });
    for (const graded of expired) await this.grader.announce(graded.attempt, graded.quiz);
    return attempt;
  }

  /**
   * Stores one answer as it is given. Refused, changing nothing, once the attempt is
   * submitted or its time is up; an attempt found past its deadline is graded right away
   * with what was saved in time.
   */
  async saveAnswer(input: SaveAnswerInput, principal: Principal): Promise<AttemptQuestionEntity> {
    const outcome = await this.db.transaction(async (manager) => {
      const attempt = await this.ownAttempt(manager, input.attemptId, principal);
      if (attempt.status === AttemptStatus.SUBMITTED) throw AssessmentErrors.attemptSubmitted();
      if (isPastDeadline(this.clock.now(), attempt.deadlineAt)) {
        const quiz = await manager.findOneByOrFail(QuizEntity, { id: attempt.quizId });
        return { expired: await this.grader.grade(manager, attempt, quiz, null), quiz };
      }
      const drawn = await this.drawnQuestion(manager, attempt.id, input.questionId);
      const fit = drawn && { row: drawn.row, optionOrder: drawn.row.optionOrder, type: drawn.type };
      checkAnswer(input, fit);
      const { row } = fit;
      const answer = { selectedOptionIds: input.selectedOptionIds, answeredAt: this.clock.now() };
      // An update by key: `save` would read the row again before writing it.
      await manager.update(
        AttemptQuestionEntity,
        { attemptId: row.attemptId, questionId: row.questionId },
        answer,
      );
      return Object.assign(row, answer);
    });
    // Thrown after the commit, so the grading of the expired attempt stays.
    if ('expired' in outcome) {
      await this.grader.announce(outcome.expired, outcome.quiz);
      throw AssessmentErrors.attemptExpired();
    }
    return outcome;
  }

  /**
   * Grades the attempt once. A second submit (or two at once) waits for the row lock,
   * finds the attempt submitted and returns the same result.
   */
  async submit(attemptId: string, principal: Principal): Promise<QuizAttemptEntity> {
    const { graded, quiz } = await this.db.transaction(async (manager) => {
      const found = await this.rows.lockedWithQuiz(manager, attemptId);
      if (!found || found.attempt.userId !== principal.userId) {
        throw AssessmentErrors.attemptNotFound();
      }
      const { attempt, quiz } = found;
      return { graded: await this.grader.grade(manager, attempt, quiz, principal.userId), quiz };
    });
    await this.grader.announce(graded, quiz);
    return graded;
  }

  /** The learner's own attempts (grading any whose time ran out), oldest first. */
  async mine(quizId: string, principal: Principal): Promise<QuizAttemptEntity[]> {
    await this.finishExpired({ quizId, userId: principal.userId });
    return this.db.manager.find(QuizAttemptEntity, {
      where: { quizId, userId: principal.userId },
      order: { attemptNumber: 'ASC' },
    });
  }

  async one(attemptId: string, principal: Principal): Promise<QuizAttemptEntity> {
    await this.finishExpired({ id: attemptId, userId: principal.userId });
    return this.ownAttempt(this.db.manager, attemptId, principal, false);
  }

  private async finishExpired(where: { id?: string; quizId?: string; userId: string }) {
    const open = await this.db.manager.findBy(QuizAttemptEntity, {
      ...where,
      status: AttemptStatus.IN_PROGRESS,
    });
    const now = this.clock.now();
    for (const candidate of open.filter((attempt) => isPastDeadline(now, attempt.deadlineAt))) {
      const found = await this.db.transaction(async (manager) => {
        const locked = await this.rows.lockedWithQuiz(manager, candidate.id);
        // Gone meanwhile (the account erased): nothing to grade.
        if (!locked) return null;
        const { attempt, quiz } = locked;
        return { graded: await this.grader.grade(manager, attempt, quiz, null), quiz };
      });
      if (found) await this.grader.announce(found.graded, found.quiz);
    }
  }

  /** A quiz learners may take: its version is published (or retired, for those on it). */
  private async releasedQuiz(manager: EntityManager, quizId: string): Promise<QuizEntity> {
    const quiz = await manager.findOneBy(QuizEntity, { id: quizId });
    const version = quiz && (await this.catalog.versionById(quiz.versionId, manager));
    if (!quiz || !version || !isReleased(version.status)) throw AssessmentErrors.quizNotFound();
    return quiz;
  }

  /** The attempt's row for a drawn question, with the question's type, in one read. */
  private async drawnQuestion(
    manager: EntityManager,
    attemptId: string,
    questionId: string,
  ): Promise<{ row: AttemptQuestionEntity; type: QuestionType } | null> {
    const { entities, raw } = await manager
      .createQueryBuilder(AttemptQuestionEntity, 'aq')
      .innerJoin(QuestionEntity, 'q', 'q.id = aq.question_id')
      .addSelect('q.type', 'question_type')
      .where('aq.attempt_id = :attemptId AND aq.question_id = :questionId', {
        attemptId,
        questionId,
      })
      .getRawAndEntities<{ question_type: QuestionType }>();
    return entities[0] ? { row: entities[0], type: raw[0].question_type } : null;
  }

  /** Someone else's attempt does not exist for this caller. */
  private async ownAttempt(
    manager: EntityManager,
    attemptId: string,
    principal: Principal,
    lock = true,
  ): Promise<QuizAttemptEntity> {
    const attempt = await this.rows.one(manager, attemptId, lock);
    if (!attempt || attempt.userId !== principal.userId) throw AssessmentErrors.attemptNotFound();
    return attempt;
  }
}
