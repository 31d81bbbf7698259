import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { gradeAttempt, isPastDeadline, type GradableQuestion } from '@fascicle/assessment';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../config/clock.js';
import { AttemptQuestionEntity } from './entities/attempt-question.entity.js';
import { QuestionOptionEntity } from './entities/question-option.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { AttemptStatus, type QuizAttemptEntity } from './entities/quiz-attempt.entity.js';
import type { QuizEntity } from './entities/quiz.entity.js';

/**
 * Grades an attempt, once: the caller holds the attempt's row lock, and a submitted
 * attempt is never graded again. The key comes from the database, never from the client.
 */
@Injectable()
export class AttemptGrader {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async grade(
    manager: EntityManager,
    attempt: QuizAttemptEntity,
    quiz: QuizEntity,
    actorId: string | null,
  ): Promise<QuizAttemptEntity> {
    if (attempt.status === AttemptStatus.SUBMITTED) return attempt;
    const drawn = await manager.findBy(AttemptQuestionEntity, { attemptId: attempt.id });
    const questionIds = drawn.map((row) => row.questionId);
    // One after the other: a transaction is one connection, which runs one query at a time
    // (pg deprecates queuing a second on it).
    const questions = await manager.findBy(QuestionEntity, { id: In(questionIds) });
    const options = await manager.findBy(QuestionOptionEntity, { questionId: In(questionIds) });
    const gradable: GradableQuestion[] = questions.map((question) => {
      const own = options.filter((option) => option.questionId === question.id);
      return {
        id: question.id,
        type: question.type,
        optionIds: own.map((option) => option.id),
        correctOptionIds: own.filter((option) => option.isCorrect).map((option) => option.id),
      };
    });
    const answers = new Map(drawn.map((row) => [row.questionId, row.selectedOptionIds ?? []]));
    const grade = gradeAttempt(gradable, answers, quiz.scoring, quiz.passingScorePercent);

    // Every question's points in one statement: a quiz has up to a few dozen questions.
    await manager.query(
      `UPDATE attempt_questions aq SET points = graded.points
         FROM unnest($2::uuid[], $3::numeric[]) AS graded(question_id, points)
        WHERE aq.attempt_id = $1 AND aq.question_id = graded.question_id`,
      [
        attempt.id,
        grade.questions.map((question) => question.questionId),
        grade.questions.map((question) => question.points),
      ],
    );
    const now = this.clock.now();
    const late = isPastDeadline(now, attempt.deadlineAt);
    Object.assign(attempt, {
      status: AttemptStatus.SUBMITTED,
      // A late attempt counts as handed in when its time ran out.
      submittedAt: late ? attempt.deadlineAt : now,
      submittedLate: late,
      scorePoints: grade.points,
      scorePercent: grade.percent,
      passed: grade.passed,
    });
    const saved = await manager.save(attempt);
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
    return saved;
  }
}
