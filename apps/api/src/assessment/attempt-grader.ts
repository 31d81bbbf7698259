import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import {
  gradeAttempt,
  isPastDeadline,
  type GradableQuestion,
  type QuestionType,
} from '@fascicle/assessment';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../config/clock.js';
import { AttemptStatus, type QuizAttemptEntity } from './entities/quiz-attempt.entity.js';
import type { QuizEntity } from './entities/quiz.entity.js';
import { AttemptGraded } from './events.js';

/**
 * Grades an attempt, once: the caller holds the attempt's row lock, and a submitted
 * attempt is never graded again. The key comes from the database, never from the client.
 */
@Injectable()
export class AttemptGrader {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Publishes AttemptGraded; the caller does so once the grade has committed (learning may
   * complete the course). A repeated submit publishes it again for the same attempt: handlers
   * must be idempotent.
   */
  async announce(attempt: QuizAttemptEntity, quiz: QuizEntity): Promise<void> {
    await this.events.emitAsync(
      AttemptGraded.event,
      new AttemptGraded(
        attempt.id,
        attempt.userId,
        attempt.quizId,
        quiz.versionId,
        attempt.passed === true,
      ),
    );
  }

  async grade(
    manager: EntityManager,
    attempt: QuizAttemptEntity,
    quiz: QuizEntity,
    actorId: string | null,
  ): Promise<QuizAttemptEntity> {
    if (attempt.status === AttemptStatus.SUBMITTED) return attempt;
    const drawn = await this.drawnWithKeys(manager, attempt.id);
    const gradable: GradableQuestion[] = drawn.map((row) => ({
      id: row.questionId,
      type: row.type,
      optionIds: row.options.map((option) => option.id),
      correctOptionIds: row.options.filter((option) => option.isCorrect).map((option) => option.id),
    }));
    const answers = new Map(drawn.map((row) => [row.questionId, row.selectedOptionIds ?? []]));
    const grade = gradeAttempt(gradable, answers, quiz.scoring, quiz.passingScorePercent);

    const now = this.clock.now();
    const late = isPastDeadline(now, attempt.deadlineAt);
    const result = {
      status: AttemptStatus.SUBMITTED,
      // A late attempt counts as handed in when its time ran out.
      submittedAt: late ? attempt.deadlineAt : now,
      submittedLate: late,
      scorePoints: grade.points,
      scorePercent: grade.percent,
      passed: grade.passed,
    };
    // Every question's points and the attempt's result in one statement: a quiz has up to a
    // few dozen questions, and submits come in bursts.
    await manager.query(
      `WITH points AS (
         UPDATE attempt_questions aq SET points = graded.points
           FROM unnest($2::uuid[], $3::numeric[]) AS graded(question_id, points)
          WHERE aq.attempt_id = $1 AND aq.question_id = graded.question_id)
       UPDATE quiz_attempts
          SET status = $4, submitted_at = $5, submitted_late = $6, score_points = $7,
              score_percent = $8, passed = $9
        WHERE id = $1`,
      [
        attempt.id,
        grade.questions.map((question) => question.questionId),
        grade.questions.map((question) => question.points),
        result.status,
        result.submittedAt,
        result.submittedLate,
        result.scorePoints,
        result.scorePercent,
        result.passed,
      ],
    );
    Object.assign(attempt, result);
    await this.audit.record(manager, {
      actorId,
      action: 'QUIZ_ATTEMPT_GRADED',
      subjectType: 'quiz_attempt',
      subjectId: attempt.id,
      details: {
        quizId: quiz.id,
        userId: attempt.userId,
        attemptNumber: attempt.attemptNumber,
        scorePercent: grade.percent,
        passed: grade.passed,
        late,
      },
    });
    return attempt;
  }

  /**
   * The attempt's drawn questions with their type, the learner's answers and the key, in one
   * statement (submits come in bursts at the end of a class: each statement counts).
   */
  private drawnWithKeys(manager: EntityManager, attemptId: string): Promise<DrawnWithKey[]> {
    return manager.query(
      `SELECT aq.question_id AS "questionId", q.type,
              to_json(aq.selected_option_ids) AS "selectedOptionIds",
              COALESCE((SELECT json_agg(json_build_object('id', o.id, 'isCorrect', o.is_correct)
                                        ORDER BY o.position)
                          FROM question_options o WHERE o.question_id = aq.question_id),
                       '[]'::json) AS options
         FROM attempt_questions aq JOIN questions q ON q.id = aq.question_id
        WHERE aq.attempt_id = $1
        ORDER BY aq.position`,
      [attemptId],
    );
  }
}

interface DrawnWithKey {
  questionId: string;
  type: QuestionType;
  selectedOptionIds: string[] | null;
  options: { id: string; isCorrect: boolean }[];
}
