import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  attemptDeadline,
  drawByBlueprint,
  QuestionType,
  shuffled,
  type Random,
} from '@fascicle/assessment';
import { Clock } from '../config/clock.js';
import { RawEntityReader } from '../database/raw-entity-reader.js';
import { AssessmentErrors } from './assessment-errors.js';
import { AttemptQuestionEntity } from './entities/attempt-question.entity.js';
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
  private readonly questions: RawEntityReader<QuestionEntity>;
  private readonly bankSql: string;

  constructor(
    private readonly clock: Clock,
    @InjectDataSource() db: DataSource,
  ) {
    this.questions = new RawEntityReader(db, QuestionEntity);
    this.bankSql = `SELECT ${this.questions.selectAs('q')},
        COALESCE((SELECT json_agg(o.id ORDER BY o.position)
                    FROM question_options o WHERE o.question_id = q.id), '[]'::json)
          AS "optionIds",
        seen.question_id IS NOT NULL AS seen
      FROM questions q
      -- Every question the learner had in earlier attempts at this quiz.
      LEFT JOIN (SELECT DISTINCT aq.question_id
                   FROM attempt_questions aq JOIN quiz_attempts a ON a.id = aq.attempt_id
                  WHERE a.quiz_id = $2 AND a.user_id = $3) seen ON seen.question_id = q.id
     WHERE q.bank_id = $1
     ORDER BY q.position`;
  }

  async draw(
    manager: EntityManager,
    quiz: QuizEntity,
    learner: { userId: string; attemptNumber: number; timeLimitSeconds: number | null },
  ): Promise<QuizAttemptEntity> {
    // The bank in order, each question with its option ids in order and whether the learner
    // has met it, in one statement (a start is one of a class's burst too).
    const rows = (await manager.query(this.bankSql, [
      quiz.bankId,
      quiz.id,
      learner.userId,
    ])) as (Record<string, unknown> & { optionIds: string[]; seen: boolean })[];
    const bank: QuestionEntity[] = [];
    const optionIds = new Map<string, string[]>();
    const seen = new Set<string>();
    for (const row of rows) {
      const question = this.questions.hydrate(row, 'q');
      bank.push(question);
      optionIds.set(question.id, row.optionIds);
      if (row.seen) seen.add(question.id);
    }
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
        const ids = optionIds.get(question.id)!;
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
}
