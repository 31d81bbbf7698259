import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  attemptDeadline,
  drawByBlueprint,
  QuestionType,
  shuffled,
  type Random,
} from '@fascicle/assessment';
import { Clock } from '../config/clock.js';
import { AssessmentErrors } from './assessment-errors.js';
import { AttemptQuestionEntity } from './entities/attempt-question.entity.js';
import { QuestionOptionEntity } from './entities/question-option.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { AttemptStatus, QuizAttemptEntity } from './entities/quiz-attempt.entity.js';
import type { QuizEntity } from './entities/quiz.entity.js';
import { quizPlan } from './quiz-plan.js';

/** A CSPRNG in [0, 1): a learner cannot predict the draw or the option order. */
const secureRandom: Random = () => randomInt(2 ** 47) / 2 ** 47;

/**
 * Draws a new attempt: the quiz's blueprint gives each objective its count, taken first from
 * the questions this learner has not met in earlier attempts, and the draw, with its option
 * order, is frozen.
 */
@Injectable()
export class AttemptDraw {
  constructor(private readonly clock: Clock) {}

  async draw(
    manager: EntityManager,
    quiz: QuizEntity,
    learner: { userId: string; attemptNumber: number; timeLimitSeconds: number | null },
  ): Promise<QuizAttemptEntity> {
    const [bank, seen] = [
      await manager.find(QuestionEntity, {
        where: { bankId: quiz.bankId },
        order: { position: 'ASC' },
      }),
      await this.seen(manager, quiz.id, learner.userId),
    ];
    const { plan } = quizPlan(quiz, bank);
    if (bank.length === 0) throw AssessmentErrors.bankTooSmall(quiz.questionCount ?? 1, 0);
    if (plan.problems.length > 0) {
      throw AssessmentErrors.cannotDraw(plan.problems.map((problem) => problem.message));
    }
    const drawn = drawByBlueprint(
      bank.map((question) => ({ id: question.id, objective: question.objectiveTag, question })),
      plan.rows,
      seen,
      quiz.shuffleQuestions,
      secureRandom,
    ).map(({ question }) => question);
    const options = await manager.find(QuestionOptionEntity, {
      where: { questionId: In(drawn.map((question) => question.id)) },
      order: { position: 'ASC' },
    });
    const now = this.clock.now();
    const attempt = await manager.save(
      manager.create(QuizAttemptEntity, {
        quizId: quiz.id,
        userId: learner.userId,
        attemptNumber: learner.attemptNumber,
        status: AttemptStatus.IN_PROGRESS,
        startedAt: now,
        deadlineAt: attemptDeadline(now, learner.timeLimitSeconds),
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

  /** Every question the learner had in earlier attempts at this quiz. */
  private async seen(manager: EntityManager, quizId: string, userId: string): Promise<Set<string>> {
    const rows = (await manager.query(
      `SELECT DISTINCT aq.question_id AS "questionId"
         FROM attempt_questions aq JOIN quiz_attempts a ON a.id = aq.attempt_id
        WHERE a.quiz_id = $1 AND a.user_id = $2`,
      [quizId, userId],
    )) as { questionId: string }[];
    return new Set(rows.map((row) => row.questionId));
  }
}
