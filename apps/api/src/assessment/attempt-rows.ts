import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RawEntityReader } from '../database/raw-entity-reader.js';
import { QuizAttemptEntity } from './entities/quiz-attempt.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';

/**
 * An attempt's row, locked for its transaction when it is about to change, and with its quiz
 * when it is to be graded, each in one statement written once (issue 20: submits come in
 * bursts at the end of a class, and each statement is a round trip under that burst).
 */
@Injectable()
export class AttemptRows {
  private readonly attempts: RawEntityReader<QuizAttemptEntity>;
  private readonly quizzes: RawEntityReader<QuizEntity>;
  private readonly withQuizSql: string;

  constructor(@InjectDataSource() db: DataSource) {
    this.attempts = new RawEntityReader(db, QuizAttemptEntity);
    this.quizzes = new RawEntityReader(db, QuizEntity);
    // FOR UPDATE OF a: the attempt is locked, its quiz only read (it never changes once
    // published, and other attempts on it must not wait).
    this.withQuizSql = `SELECT ${this.attempts.selectAs('a')}, ${this.quizzes.selectAs('z')}
      FROM quiz_attempts a JOIN quizzes z ON z.id = a.quiz_id
     WHERE a.id = $1
       FOR UPDATE OF a`;
  }

  /** The attempt, locked until `manager`'s transaction ends when `lock` (the default). */
  async one(manager: EntityManager, attemptId: string, lock = true) {
    const [attempt] = await this.attempts.where(
      lock ? '"id" = $1 FOR UPDATE' : '"id" = $1',
      [attemptId],
      manager,
    );
    return attempt ?? null;
  }

  /** The attempt, locked until `manager`'s transaction ends, with its quiz. */
  async lockedWithQuiz(
    manager: EntityManager,
    attemptId: string,
  ): Promise<{ attempt: QuizAttemptEntity; quiz: QuizEntity } | null> {
    const [row] = (await manager.query(this.withQuizSql, [attemptId])) as Record<string, unknown>[];
    if (!row) return null;
    return { attempt: this.attempts.hydrate(row, 'a'), quiz: this.quizzes.hydrate(row, 'z') };
  }
}
