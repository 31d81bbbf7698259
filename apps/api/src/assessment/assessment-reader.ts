import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { byKey, groupByKey } from '../common/database/batch.js';
import { QuestionBankEntity } from './entities/question-bank.entity.js';
import { QuestionOptionEntity } from './entities/question-option.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';

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

  /** The quizzes among `quizIds` that the user has passed in some attempt. */
  async passedQuizIds(userId: string, quizIds: string[]): Promise<Set<string>> {
    if (quizIds.length === 0) return new Set();
    const rows = (await this.db.query(
      `SELECT DISTINCT quiz_id AS "quizId" FROM quiz_attempts
        WHERE user_id = $1 AND quiz_id = ANY($2::uuid[]) AND passed`,
      [userId, quizIds],
    )) as { quizId: string }[];
    return new Set(rows.map((row) => row.quizId));
  }
}
