import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  attemptDeadline,
  drawQuestions,
  isPastDeadline,
  QuestionType,
  shuffled,
  type Random,
} from '@fascicle/assessment';
import { isReleased } from '../catalog/catalog-viewer.js';
import { CourseVersionEntity } from '../catalog/entities/course-version.entity.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { AssessmentErrors } from './assessment-errors.js';
import { AttemptGrader } from './attempt-grader.js';
import { AttemptHooks } from './attempt-hooks.js';
import type { SaveAnswerInput } from './dto/attempt.input.js';
import { AttemptQuestionEntity } from './entities/attempt-question.entity.js';
import { QuestionOptionEntity } from './entities/question-option.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { AttemptStatus, QuizAttemptEntity } from './entities/quiz-attempt.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';

/** A CSPRNG in [0, 1): a learner cannot predict the draw or the option order. */
const secureRandom: Random = () => randomInt(2 ** 47) / 2 ** 47;

/** Starting, answering and submitting quiz attempts. Grading happens here, on the server. */
@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly grader: AttemptGrader,
    private readonly clock: Clock,
    private readonly hooks: AttemptHooks,
  ) {}

  /**
   * Resumes the learner's attempt in progress, or starts the next one: draws the questions
   * and freezes them and their option order. Starts of one learner on one quiz take turns
   * behind a transaction-scoped advisory lock, so two clicks cannot make two attempts.
   */
  async start(quizId: string, principal: Principal): Promise<QuizAttemptEntity> {
    let expired = false;
    const attempt = await this.db.transaction(async (manager) => {
      const quiz = await this.releasedQuiz(manager, quizId);
      if (!(await this.hooks.mayAttempt(manager, principal.userId, quiz.versionId))) {
        throw AssessmentErrors.notEnrolled();
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
        await this.grader.grade(manager, open, quiz, null);
        expired = true;
      }
      if (quiz.maxAttempts !== null && attempts.length >= quiz.maxAttempts) {
        throw AssessmentErrors.maxAttempts(quiz.maxAttempts);
      }
      return this.draw(manager, quiz, principal.userId, attempts.length + 1);
    });
    if (expired) await this.hooks.graded({ userId: principal.userId, quizId });
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
        await this.grader.grade(manager, attempt, quiz, null);
        return 'EXPIRED' as const;
      }
      const row = await manager.findOneBy(AttemptQuestionEntity, {
        attemptId: attempt.id,
        questionId: input.questionId,
      });
      if (!row) throw AssessmentErrors.notInAttempt();
      if (input.selectedOptionIds.some((id) => !row.optionOrder.includes(id))) {
        throw AssessmentErrors.notAnOption();
      }
      const question = await manager.findOneByOrFail(QuestionEntity, { id: input.questionId });
      if (question.type !== QuestionType.MULTIPLE_CHOICE && input.selectedOptionIds.length > 1) {
        throw AssessmentErrors.oneOptionOnly();
      }
      row.selectedOptionIds = input.selectedOptionIds;
      row.answeredAt = this.clock.now();
      return manager.save(row);
    });
    // Thrown after the commit, so the grading of the expired attempt stays.
    if (outcome === 'EXPIRED') {
      const attempt = await this.db.manager.findOneByOrFail(QuizAttemptEntity, {
        id: input.attemptId,
      });
      await this.hooks.graded({ userId: principal.userId, quizId: attempt.quizId });
      throw AssessmentErrors.attemptExpired();
    }
    return outcome;
  }

  /**
   * Grades the attempt once. A second submit (or two at once) waits for the row lock,
   * finds the attempt submitted and returns the same result.
   */
  async submit(attemptId: string, principal: Principal): Promise<QuizAttemptEntity> {
    const graded = await this.db.transaction(async (manager) => {
      const attempt = await this.ownAttempt(manager, attemptId, principal);
      const quiz = await manager.findOneByOrFail(QuizEntity, { id: attempt.quizId });
      return this.grader.grade(manager, attempt, quiz, principal.userId);
    });
    await this.hooks.graded({ userId: principal.userId, quizId: graded.quizId });
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
      await this.db.transaction(async (manager) => {
        const attempt = await manager.findOneOrFail(QuizAttemptEntity, {
          where: { id: candidate.id },
          lock: { mode: 'pessimistic_write' },
        });
        const quiz = await manager.findOneByOrFail(QuizEntity, { id: attempt.quizId });
        await this.grader.grade(manager, attempt, quiz, null);
      });
      await this.hooks.graded({ userId: candidate.userId, quizId: candidate.quizId });
    }
  }

  private async draw(
    manager: EntityManager,
    quiz: QuizEntity,
    userId: string,
    attemptNumber: number,
  ): Promise<QuizAttemptEntity> {
    const bank = await manager.find(QuestionEntity, {
      where: { bankId: quiz.bankId },
      order: { position: 'ASC' },
    });
    if (bank.length === 0 || (quiz.questionCount ?? 0) > bank.length) {
      throw AssessmentErrors.bankTooSmall(quiz.questionCount ?? 1, bank.length);
    }
    const drawn = drawQuestions(bank, quiz, secureRandom);
    const options = await manager.find(QuestionOptionEntity, {
      where: { questionId: In(drawn.map((question) => question.id)) },
      order: { position: 'ASC' },
    });
    const now = this.clock.now();
    const attempt = await manager.save(
      manager.create(QuizAttemptEntity, {
        quizId: quiz.id,
        userId,
        attemptNumber,
        status: AttemptStatus.IN_PROGRESS,
        startedAt: now,
        deadlineAt: attemptDeadline(now, quiz.timeLimitSeconds),
        maxPoints: drawn.length,
      }),
    );
    await manager.insert(
      AttemptQuestionEntity,
      drawn.map((question, index) => {
        const ids = options.filter((o) => o.questionId === question.id).map((o) => o.id);
        // True/False reads oddly as False/True: only choice lists are shuffled.
        const shuffle = quiz.shuffleOptions && question.type !== QuestionType.TRUE_FALSE;
        return {
          attemptId: attempt.id,
          questionId: question.id,
          position: index + 1,
          optionOrder: shuffle ? shuffled(ids, secureRandom) : ids,
        };
      }),
    );
    return attempt;
  }

  /** A quiz learners may take: its version is published (or retired, for those on it). */
  private async releasedQuiz(manager: EntityManager, quizId: string): Promise<QuizEntity> {
    const quiz = await manager.findOneBy(QuizEntity, { id: quizId });
    const version = quiz && (await manager.findOneBy(CourseVersionEntity, { id: quiz.versionId }));
    if (!quiz || !version || !isReleased(version.status)) throw AssessmentErrors.quizNotFound();
    return quiz;
  }

  /** Someone else's attempt does not exist for this caller. */
  private async ownAttempt(
    manager: EntityManager,
    attemptId: string,
    principal: Principal,
    lock = true,
  ): Promise<QuizAttemptEntity> {
    const attempt = await manager.findOne(QuizAttemptEntity, {
      where: { id: attemptId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!attempt || attempt.userId !== principal.userId) throw AssessmentErrors.attemptNotFound();
    return attempt;
  }
}
