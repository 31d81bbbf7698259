import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isPastDeadline, type QuestionType } from '@fascicle/assessment';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { checkAnswer } from './answer-check.js';
import { AssessmentErrors } from './assessment-errors.js';
import { AttemptGrader } from './attempt-grader.js';
import { AttemptRows } from './attempt-rows.js';
import { AttemptStatus } from './entities/quiz-attempt.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';

/** One answer of several, with the time it was given (by the server's clock). */
export interface GivenAnswer {
  questionId: string;
  selectedOptionIds: string[];
  answeredAt: Date;
}

interface DrawnRow {
  questionId: string;
  optionOrder: string[];
  type: QuestionType;
}

/**
 * Several answers of one attempt saved together: what as many `AttemptsService.saveAnswer`
 * calls at their times would store, checked the same way (the learner's own attempt, not
 * submitted, not past its deadline now, each question drawn for it, options of that
 * question, one option unless multiple choice), in one transaction of five statements
 * whatever the number of answers. The seed's simulated learners answer through it: one
 * statement-heavy call per answer was 17,000 of the first start's 57,000 statements.
 *
 * Not in the GraphQL API: the times are trusted to be the server's clock at each answer, and
 * are refused outside the attempt (before its start or after now). A later answer to the same
 * question wins, as it would one call after another.
 */
@Injectable()
export class AttemptAnswers {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly grader: AttemptGrader,
    private readonly clock: Clock,
    private readonly rows: AttemptRows,
  ) {}

  async saveAll(attemptId: string, answers: GivenAnswer[], principal: Principal): Promise<void> {
    const latest = new Map(answers.map((answer) => [answer.questionId, answer]));
    const outcome = await this.db.transaction(async (manager) => {
      const attempt = await this.rows.one(manager, attemptId);
      if (!attempt || attempt.userId !== principal.userId) throw AssessmentErrors.attemptNotFound();
      if (attempt.status === AttemptStatus.SUBMITTED) throw AssessmentErrors.attemptSubmitted();
      const now = this.clock.now();
      if (isPastDeadline(now, attempt.deadlineAt)) {
        const quiz = await manager.findOneByOrFail(QuizEntity, { id: attempt.quizId });
        return { expired: await this.grader.grade(manager, attempt, quiz, null), quiz };
      }
      for (const { answeredAt } of latest.values()) {
        if (answeredAt < attempt.startedAt || answeredAt > now) {
          throw new RangeError(`an answer at ${answeredAt.toISOString()}, outside the attempt`);
        }
      }
      const drawn = await this.drawn(manager, attemptId, [...latest.keys()]);
      for (const answer of latest.values()) checkAnswer(answer, drawn.get(answer.questionId));
      await this.write(manager, attemptId, [...latest.values()]);
      return null;
    });
    // Thrown after the commit, so the grading of the expired attempt stays.
    if (outcome) {
      await this.grader.announce(outcome.expired, outcome.quiz);
      throw AssessmentErrors.attemptExpired();
    }
  }

  private async drawn(
    manager: EntityManager,
    attemptId: string,
    questionIds: string[],
  ): Promise<Map<string, DrawnRow>> {
    const rows = (await manager.query(
      `SELECT aq.question_id AS "questionId", aq.option_order AS "optionOrder", q.type
         FROM attempt_questions aq JOIN questions q ON q.id = aq.question_id
        WHERE aq.attempt_id = $1 AND aq.question_id = ANY($2::uuid[])`,
      [attemptId, questionIds],
    )) as DrawnRow[];
    return new Map(rows.map((row) => [row.questionId, row]));
  }

  private async write(manager: EntityManager, attemptId: string, answers: GivenAnswer[]) {
    await manager.query(
      `UPDATE attempt_questions aq
          SET selected_option_ids = v.selected, answered_at = v.answered_at
         FROM jsonb_to_recordset($2::jsonb)
              AS v(question_id uuid, selected uuid[], answered_at timestamptz)
        WHERE aq.attempt_id = $1 AND aq.question_id = v.question_id`,
      [
        attemptId,
        JSON.stringify(
          answers.map((answer) => ({
            question_id: answer.questionId,
            selected: answer.selectedOptionIds,
            answered_at: answer.answeredAt.toISOString(),
          })),
        ),
      ],
    );
  }
}
