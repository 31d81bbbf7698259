import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { questionProblems } from '@fascicle/assessment';
import { DraftGuard } from '../catalog/draft-guard.js';
import { assertSameSet, saveOrder } from '../catalog/reorder.js';
import { nextPosition, renumber } from '../common/database/positions.js';
import type { Principal } from '../identity/auth/principal.js';
import { AssessmentErrors } from './assessment-errors.js';
import type {
  AddQuestionInput,
  CreateQuestionBankInput,
  QuestionFieldsInput,
  ReorderQuestionsInput,
  UpdateQuestionInput,
} from './dto/bank.input.js';
import { QuestionBankEntity } from './entities/question-bank.entity.js';
import { QuestionOptionEntity } from './entities/question-option.entity.js';
import { QuestionEntity } from './entities/question.entity.js';
import { QuizEntity } from './entities/quiz.entity.js';

/** Question banks of a draft version. Every change goes through the catalog's DraftGuard. */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly drafts: DraftGuard,
  ) {}

  createBank(input: CreateQuestionBankInput, principal: Principal): Promise<QuestionBankEntity> {
    return this.drafts.edit(input.versionId, principal, (manager) =>
      manager.save(
        manager.create(QuestionBankEntity, { versionId: input.versionId, title: input.title }),
      ),
    );
  }

  async addQuestion(input: AddQuestionInput, principal: Principal): Promise<QuestionEntity> {
    const [question] = await this.addQuestions(input.bankId, [input], principal);
    return question!;
  }

  /** Questions added at the end of the bank in one transaction: all of them, or none. */
  async addQuestions(
    bankId: string,
    inputs: readonly QuestionFieldsInput[],
    principal: Principal,
  ): Promise<QuestionEntity[]> {
    inputs.forEach(assertWellFormed);
    const bank = await this.bank(bankId);
    return this.drafts.edit(bank.versionId, principal, async (manager) => {
      const questions: QuestionEntity[] = [];
      for (const input of inputs) {
        const question = await manager.save(
          manager.create(QuestionEntity, {
            ...fields(input),
            bankId: bank.id,
            position: await nextPosition(manager, 'questions', bank.id),
          }),
        );
        await saveOptions(manager, question.id, input);
        questions.push(question);
      }
      return questions;
    });
  }

  /** Refuses as an edit of the bank would (no bank, not an author, not a draft); writes nothing. */
  async assertEditable(bankId: string, principal: Principal): Promise<void> {
    const bank = await this.bank(bankId);
    await this.drafts.edit(bank.versionId, principal, async () => undefined);
  }

  async updateQuestion(input: UpdateQuestionInput, principal: Principal): Promise<QuestionEntity> {
    assertWellFormed(input);
    const versionId = await this.versionOfQuestion(input.questionId);
    return this.drafts.edit(versionId, principal, async (manager) => {
      const question = await manager.findOneBy(QuestionEntity, { id: input.questionId });
      if (!question) throw AssessmentErrors.questionNotFound();
      await manager.delete(QuestionOptionEntity, { questionId: question.id });
      await saveOptions(manager, question.id, input);
      return manager.save(Object.assign(question, fields(input)));
    });
  }

  async removeQuestion(questionId: string, principal: Principal): Promise<QuestionBankEntity> {
    const versionId = await this.versionOfQuestion(questionId);
    return this.drafts.edit(versionId, principal, async (manager) => {
      const question = await manager.findOneBy(QuestionEntity, { id: questionId });
      if (!question) throw AssessmentErrors.questionNotFound();
      await manager.delete(QuestionEntity, { id: questionId });
      await renumber(manager, 'questions', question.bankId);
      return manager.findOneByOrFail(QuestionBankEntity, { id: question.bankId });
    });
  }

  /** The bank's questions in a new order; the list names each of them once. */
  async reorderQuestions(
    input: ReorderQuestionsInput,
    principal: Principal,
  ): Promise<QuestionBankEntity> {
    const bank = await this.bank(input.bankId);
    return this.drafts.edit(bank.versionId, principal, async (manager) => {
      const questions = await manager.find(QuestionEntity, { where: { bankId: bank.id } });
      assertSameSet(questions, input.questionIds, {
        field: 'questionIds',
        noun: 'question',
        container: 'bank',
      });
      await saveOrder(manager, questions, input.questionIds);
      return bank;
    });
  }

  async removeBank(bankId: string, principal: Principal): Promise<void> {
    const bank = await this.bank(bankId);
    await this.drafts.edit(bank.versionId, principal, async (manager) => {
      if (await manager.exists(QuizEntity, { where: { bankId } }))
        throw AssessmentErrors.bankInUse();
      await manager.delete(QuestionBankEntity, { id: bankId });
    });
  }

  private async bank(bankId: string): Promise<QuestionBankEntity> {
    const bank = await this.db.manager.findOneBy(QuestionBankEntity, { id: bankId });
    if (!bank) throw AssessmentErrors.bankNotFound();
    return bank;
  }

  private async versionOfQuestion(questionId: string): Promise<string> {
    const [row] = (await this.db.query(
      `SELECT b.version_id AS "versionId" FROM questions q JOIN question_banks b ON b.id = q.bank_id
        WHERE q.id = $1`,
      [questionId],
    )) as { versionId: string }[];
    if (!row) throw AssessmentErrors.questionNotFound();
    return row.versionId;
  }
}

function assertWellFormed(input: QuestionFieldsInput): void {
  const problems = questionProblems(input.type, input.options);
  if (problems.length > 0) throw AssessmentErrors.invalidQuestion(problems);
}

function fields(input: QuestionFieldsInput) {
  return {
    type: input.type,
    stemMarkdown: input.stemMarkdown,
    explanationMarkdown: input.explanationMarkdown,
    reference: input.reference,
    objectiveTag: input.objectiveTag,
  };
}

async function saveOptions(manager: EntityManager, questionId: string, input: QuestionFieldsInput) {
  await manager.insert(
    QuestionOptionEntity,
    input.options.map((option, index) => ({
      questionId,
      position: index + 1,
      text: option.text,
      isCorrect: option.isCorrect,
    })),
  );
}
