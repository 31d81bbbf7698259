import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { DraftGuard } from '../catalog/draft-guard.js';
import { InvalidInputError } from '../common/errors/domain-error.js';
import type { Principal } from '../identity/auth/principal.js';
import { AssessmentErrors } from './assessment-errors.js';
import type { BlueprintRowInput, CreateQuizInput, UpdateQuizInput } from './dto/quiz.input.js';
import { QuestionBankEntity } from './entities/question-bank.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import type { BlueprintRow } from '@fascicle/assessment';

const NULLABLE = new Set(['questionCount', 'timeLimitSeconds', 'maxAttempts', 'blueprint']);

/** Quizzes of a draft version: which bank, how many questions, how they are scored and reviewed. */
@Injectable()
export class QuizAuthoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly drafts: DraftGuard,
    private readonly catalog: CatalogReader,
  ) {}

  async createQuiz(input: CreateQuizInput, principal: Principal): Promise<QuizEntity> {
    try {
      return await this.drafts.edit(input.versionId, principal, async (manager) => {
        if (input.moduleId) {
          const module = await this.catalog.moduleById(input.moduleId, manager);
          if (!module || module.versionId !== input.versionId)
            throw AssessmentErrors.moduleOfAnotherVersion();
        }
        const { versionId, moduleId, blueprint, ...settings } = input;
        const rows = blueprintRows(blueprint);
        assertBlueprintFits(settings.questionCount ?? null, rows);
        await assertBankFits(manager, versionId, settings.bankId, settings.questionCount ?? null);
        return manager.save(
          manager.create(QuizEntity, {
            ...settings,
            versionId,
            moduleId: moduleId ?? null,
            questionCount: settings.questionCount ?? null,
            timeLimitSeconds: settings.timeLimitSeconds ?? null,
            maxAttempts: settings.maxAttempts ?? null,
            retakeWaitMinutes: settings.retakeWaitMinutes ?? 0,
            blueprint: rows,
          }),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw AssessmentErrors.quizExists(
          input.moduleId ? 'This module' : 'This version (a final exam)',
        );
      }
      throw error;
    }
  }

  async updateQuiz(input: UpdateQuizInput, principal: Principal): Promise<QuizEntity> {
    const { versionId } = await this.quiz(input.quizId);
    const { quizId, blueprint, ...changes } = input;
    const given: [string, unknown][] = Object.entries(changes).filter(
      ([, value]) => value !== undefined,
    );
    if (blueprint !== undefined) given.push(['blueprint', blueprintRows(blueprint)]);
    // Only the optional ones may be cleared (all questions, untimed, unlimited, no blueprint).
    const cleared = given.find(([field, value]) => value === null && !NULLABLE.has(field));
    if (cleared) throw InvalidInputError.of(cleared[0], `${cleared[0]} cannot be empty`);
    return this.drafts.edit(versionId, principal, async (manager) => {
      // Read again under the version's lock: a concurrent edit is not overwritten.
      const quiz = await manager.findOneBy(QuizEntity, { id: quizId });
      if (!quiz) throw AssessmentErrors.quizNotFound();
      const next = Object.assign(quiz, Object.fromEntries(given)) as QuizEntity;
      // The quiz as it would be: a new questionCount must still match the blueprint.
      assertBlueprintFits(next.questionCount, next.blueprint);
      await assertBankFits(manager, quiz.versionId, next.bankId, next.questionCount);
      return manager.save(next);
    });
  }

  async removeQuiz(quizId: string, principal: Principal): Promise<void> {
    const quiz = await this.quiz(quizId);
    await this.drafts.edit(quiz.versionId, principal, async (manager) => {
      await manager.delete(QuizEntity, { id: quizId });
    });
  }

  private async quiz(quizId: string): Promise<QuizEntity> {
    const quiz = await this.db.manager.findOneBy(QuizEntity, { id: quizId });
    if (!quiz) throw AssessmentErrors.quizNotFound();
    return quiz;
  }
}

/** The bank belongs to the same version and holds at least the questions one attempt draws. */
export async function assertBankFits(
  manager: EntityManager,
  versionId: string,
  bankId: string,
  questionCount: number | null,
): Promise<void> {
  const bank = await manager.findOneBy(QuestionBankEntity, { id: bankId });
  if (!bank || bank.versionId !== versionId) throw AssessmentErrors.bankOfAnotherVersion();
  const size = await manager.countBy(QuestionEntity, { bankId });
  if (size === 0 || (questionCount !== null && questionCount > size)) {
    throw AssessmentErrors.bankTooSmall(questionCount ?? 1, size);
  }
}

/** Plain rows for the jsonb column (not the validated input instances). */
function blueprintRows(
  rows: readonly BlueprintRowInput[] | null | undefined,
): BlueprintRow[] | null {
  return rows ? rows.map(({ objective, count }) => ({ objective, count })) : null;
}

/**
 * A blueprint adds up to the questions an attempt draws, each objective once. Whether the
 * bank can fill it is a gate at submission: while drafting, the bank may still be growing.
 */
export function assertBlueprintFits(
  questionCount: number | null,
  blueprint: readonly BlueprintRow[] | null,
): void {
  if (!blueprint) return;
  if (questionCount === null) {
    throw AssessmentErrors.blueprintMismatch(
      'blueprint needs a questionCount: a quiz that draws every question takes each objective whole',
    );
  }
  const objectives = blueprint.map((row) => row.objective);
  const repeated = objectives.find((objective, index) => objectives.indexOf(objective) !== index);
  if (repeated !== undefined) {
    throw AssessmentErrors.blueprintMismatch(`blueprint names the objective ${repeated} twice`);
  }
  const sum = blueprint.reduce((total, row) => total + row.count, 0);
  if (sum !== questionCount) {
    throw AssessmentErrors.blueprintMismatch(
      `blueprint rows add up to ${sum} but questionCount is ${questionCount}: change them together`,
    );
  }
}
