import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type {
  AssessmentCredit,
  ObjectiveKeys,
  VersionContent,
} from '../catalog/version-content.js';
import { assessmentCredit } from './assessment-credit.js';
import { QuestionBankEntity } from './entities/question-bank.entity.js';
import { QuestionOptionEntity } from './entities/question-option.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';

/**
 * Makes banks and quizzes follow their course version: copied (same lineage) into a new
 * draft (blueprint, retake wait and all settings with them), and checked before review and
 * publication, for completeness and for credit. The catalog receives it under VERSION_CONTENT
 * (wired in the app module).
 */
@Injectable()
export class AssessmentVersionContent implements VersionContent {
  async copy(
    manager: EntityManager,
    sourceVersionId: string,
    draftVersionId: string,
    moduleIdMap: ReadonlyMap<string, string>,
  ): Promise<void> {
    const banks = await manager.findBy(QuestionBankEntity, { versionId: sourceVersionId });
    const bankIdMap = new Map<string, string>();
    for (const bank of banks) {
      const copy = await manager.save(
        manager.create(QuestionBankEntity, {
          versionId: draftVersionId,
          lineageId: bank.lineageId,
          title: bank.title,
        }),
      );
      bankIdMap.set(bank.id, copy.id);
    }
    if (banks.length > 0) await copyQuestions(manager, bankIdMap);

    const quizzes = await manager.findBy(QuizEntity, { versionId: sourceVersionId });
    for (const quiz of quizzes) {
      const { id: _id, createdAt: _c, updatedAt: _u, ...settings } = quiz;
      await manager.insert(QuizEntity, {
        ...settings,
        versionId: draftVersionId,
        moduleId: quiz.moduleId ? moduleIdMap.get(quiz.moduleId)! : null,
        bankId: bankIdMap.get(quiz.bankId)!,
      });
    }
  }

  async problems(manager: EntityManager, versionId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT q.title, q.question_count AS "questionCount", count(x.id)::int AS size
         FROM quizzes q LEFT JOIN questions x ON x.bank_id = q.bank_id
        WHERE q.version_id = $1 GROUP BY q.id`,
      [versionId],
    )) as { title: string; questionCount: number | null; size: number }[];
    return rows
      .filter((row) => row.size === 0 || (row.questionCount ?? 1) > row.size)
      .map(
        (row) =>
          `quiz "${row.title}" draws ${row.questionCount ?? 'all'} of ${row.size} question(s)`,
      );
  }

  /** Four statements, whatever the number of quizzes, banks and questions. */
  async credit(
    manager: EntityManager,
    versionId: string,
    keys: ObjectiveKeys,
  ): Promise<AssessmentCredit> {
    // One after another: inside the catalog's transaction they share one connection.
    const quizzes = await manager.find(QuizEntity, {
      where: { versionId },
      order: { createdAt: 'ASC' },
    });
    const banks = await manager.findBy(QuestionBankEntity, { versionId });
    const bankIds = [...new Set(quizzes.map((quiz) => quiz.bankId))];
    const questions =
      bankIds.length === 0
        ? []
        : await manager.find(QuestionEntity, {
            where: { bankId: In(bankIds) },
            order: { position: 'ASC' },
          });
    const options =
      questions.length === 0
        ? []
        : await manager.findBy(QuestionOptionEntity, {
            questionId: In(questions.map((question) => question.id)),
          });
    return assessmentCredit({ quizzes, banks, questions, options }, keys);
  }
}

async function copyQuestions(manager: EntityManager, bankIdMap: ReadonlyMap<string, string>) {
  const questions = await manager.findBy(QuestionEntity, { bankId: In([...bankIdMap.keys()]) });
  if (questions.length === 0) return;
  const copies = await manager.save(
    questions.map(({ id: _id, createdAt: _c, updatedAt: _u, ...question }) =>
      manager.create(QuestionEntity, { ...question, bankId: bankIdMap.get(question.bankId)! }),
    ),
  );
  const questionIdMap = new Map(questions.map((question, i) => [question.id, copies[i]!.id]));
  const options = await manager.findBy(QuestionOptionEntity, {
    questionId: In(questions.map((question) => question.id)),
  });
  if (options.length === 0) return;
  await manager.insert(
    QuestionOptionEntity,
    options.map(({ id: _id, ...option }) => ({
      ...option,
      questionId: questionIdMap.get(option.questionId)!,
    })),
  );
}
