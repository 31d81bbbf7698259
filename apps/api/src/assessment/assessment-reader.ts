import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { byKey, groupByKey } from '../common/database/batch.js';
import { AttemptQuestionEntity } from './entities/attempt-question.entity.js';
import { QuestionBankEntity } from './entities/question-bank.entity.js';
import { QuestionOptionEntity } from './entities/question-option.entity.js';
import { QuizAccommodationEntity } from './entities/quiz-accommodation.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';

/** One learner's attempts at one quiz, as the attempt policy reads them. */
export interface AttemptHistory {
  /** Attempts started, the one in progress included. */
  started: number;
  /** The latest submitted attempt: when it was handed in and whether it passed. */
  lastSubmittedAt: Date | null;
  lastPassed: boolean | null;
}

/** The key of the per-learner loaders: `<quizId>:<userId>`. */
export const quizUserKey = (quizId: string, userId: string) => `${quizId}:${userId}`;

/** Batch reads behind the request's DataLoaders: one query per batch, results in key order. */
@Injectable()
export class AssessmentReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async quizzesByIds(ids: readonly string[]): Promise<(QuizEntity | null)[]> {
    const rows = await this.db.manager.findBy(QuizEntity, { id: In([...ids]) });
    return byKey(ids, rows, (row) => row.id);
  }

  async quizzesByVersionIds(versionIds: readonly string[]): Promise<QuizEntity[][]> {
    const rows = await this.db.manager.find(QuizEntity, {
      where: { versionId: In([...versionIds]) },
      order: { createdAt: 'ASC' },
    });
    return groupByKey(versionIds, rows, (row) => row.versionId);
  }

  async banksByVersionIds(versionIds: readonly string[]): Promise<QuestionBankEntity[][]> {
    const rows = await this.db.manager.find(QuestionBankEntity, {
      where: { versionId: In([...versionIds]) },
      order: { createdAt: 'ASC' },
    });
    return groupByKey(versionIds, rows, (row) => row.versionId);
  }

  async banksByIds(ids: readonly string[]): Promise<(QuestionBankEntity | null)[]> {
    const rows = await this.db.manager.findBy(QuestionBankEntity, { id: In([...ids]) });
    return byKey(ids, rows, (row) => row.id);
  }

  async bankSizes(bankIds: readonly string[]): Promise<number[]> {
    const rows = (await this.db.query(
      `SELECT bank_id AS "bankId", count(*)::int AS size FROM questions
        WHERE bank_id = ANY($1::uuid[]) GROUP BY bank_id`,
      [bankIds],
    )) as { bankId: string; size: number }[];
    const sizes = new Map(rows.map((row) => [row.bankId, row.size]));
    return bankIds.map((id) => sizes.get(id) ?? 0);
  }

  async questionsByBankIds(bankIds: readonly string[]): Promise<QuestionEntity[][]> {
    const rows = await this.db.manager.find(QuestionEntity, {
      where: { bankId: In([...bankIds]) },
      order: { position: 'ASC' },
    });
    return groupByKey(bankIds, rows, (row) => row.bankId);
  }

  async optionsByQuestionIds(questionIds: readonly string[]): Promise<QuestionOptionEntity[][]> {
    const rows = await this.db.manager.find(QuestionOptionEntity, {
      where: { questionId: In([...questionIds]) },
      order: { position: 'ASC' },
    });
    return groupByKey(questionIds, rows, (row) => row.questionId);
  }

  /**
   * Every quiz each user has passed in some attempt, in one query for all of them: the one
   * source of "passed" for completion, progress reports and their DataLoader.
   */
  async passedQuizIdsByUserIds(userIds: readonly string[]): Promise<Set<string>[]> {
    const rows = (await this.db.query(
      `SELECT DISTINCT user_id AS "userId", quiz_id AS "quizId" FROM quiz_attempts
        WHERE user_id = ANY($1::uuid[]) AND passed`,
      [userIds],
    )) as { userId: string; quizId: string }[];
    return groupByKey(userIds, rows, (row) => row.userId).map(
      (group) => new Set(group.map((row) => row.quizId)),
    );
  }

  /** The questions an attempt drew, in the order its learner sees them. */
  async drawnQuestionIds(attemptId: string): Promise<string[]> {
    const rows = await this.db.manager.find(AttemptQuestionEntity, {
      select: { questionId: true },
      where: { attemptId },
      order: { position: 'ASC' },
    });
    return rows.map((row) => row.questionId);
  }

  /** Keys `<quizId>:<userId>`: the accommodation an admin granted, or null. */
  async accommodationsByKeys(keys: readonly string[]): Promise<(QuizAccommodationEntity | null)[]> {
    const { quizIds, userIds } = splitKeys(keys);
    const rows = await this.db.manager.findBy(QuizAccommodationEntity, {
      quizId: In(quizIds),
      userId: In(userIds),
    });
    return byKey(keys, rows, (row) => quizUserKey(row.quizId, row.userId));
  }

  /** Keys `<quizId>:<userId>`: attempts started, and how the last submitted one ended. */
  async attemptHistories(keys: readonly string[]): Promise<AttemptHistory[]> {
    const { quizIds, userIds } = splitKeys(keys);
    const rows = (await this.db.query(
      `SELECT quiz_id AS "quizId", user_id AS "userId", count(*)::int AS started,
              (array_agg(submitted_at ORDER BY attempt_number DESC)
                 FILTER (WHERE status = 'SUBMITTED'))[1] AS "lastSubmittedAt",
              (array_agg(passed ORDER BY attempt_number DESC)
                 FILTER (WHERE status = 'SUBMITTED'))[1] AS "lastPassed"
         FROM quiz_attempts
        WHERE quiz_id = ANY($1::uuid[]) AND user_id = ANY($2::uuid[])
        GROUP BY quiz_id, user_id`,
      [quizIds, userIds],
    )) as {
      quizId: string;
      userId: string;
      started: number;
      lastSubmittedAt: Date | string | null;
      lastPassed: boolean | null;
    }[];
    const found = new Map(rows.map((row) => [quizUserKey(row.quizId, row.userId), row]));
    return keys.map((key) => {
      const row = found.get(key);
      return {
        started: row?.started ?? 0,
        lastSubmittedAt: row?.lastSubmittedAt ? new Date(row.lastSubmittedAt) : null,
        lastPassed: row?.lastPassed ?? null,
      };
    });
  }
}

function splitKeys(keys: readonly string[]): { quizIds: string[]; userIds: string[] } {
  const pairs = keys.map((key) => key.split(':') as [string, string]);
  return {
    quizIds: [...new Set(pairs.map(([quizId]) => quizId))],
    userIds: [...new Set(pairs.map(([, userId]) => userId))],
  };
}
