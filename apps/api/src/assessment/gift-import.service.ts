import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import {
  GIFT_MAX_BYTES,
  itemWarnings,
  parseGift,
  type GiftProblem,
  type GiftQuestion,
} from '@fascicle/assessment';
import type { Principal } from '../identity/auth/principal.js';
import { AssessmentErrors } from './assessment-errors.js';
import { AddQuestionInput } from './dto/bank.input.js';
import type { ImportGiftQuestionsArgs } from './dto/gift-import.args.js';
import type { GiftImportModel, GiftImportQuestionModel } from './models/gift-import.model.js';
import { QuestionBankService } from './question-bank.service.js';

interface CheckedQuestion {
  question: GiftQuestion;
  input: AddQuestionInput;
  problems: GiftProblem[];
}

/**
 * Questions from a Moodle GIFT file (parsed by `parseGift` in libs/assessment). A dry run
 * previews and saves nothing; an import adds every question through the bank service's
 * `addQuestions`, in one transaction, or refuses the whole file while any line has a problem.
 * Each question is also held to `AddQuestionInput`'s own validation, so the file can carry
 * nothing `addQuestion` would refuse.
 */
@Injectable()
export class GiftImportService {
  constructor(private readonly banks: QuestionBankService) {}

  async importGift(args: ImportGiftQuestionsArgs, principal: Principal): Promise<GiftImportModel> {
    const bytes = Buffer.byteLength(args.gift, 'utf8');
    if (bytes > GIFT_MAX_BYTES) throw AssessmentErrors.giftTooLarge(bytes, GIFT_MAX_BYTES);
    // Authorship first, so a stranger learns nothing of the bank from the answer.
    await this.banks.assertEditable(args.bankId, principal);
    const parsed = parseGift(args.gift);
    const checked = await Promise.all(parsed.questions.map((q) => checkInput(args.bankId, q)));
    const problems = [...parsed.problems, ...checked.flatMap((c) => c.problems)].sort(
      (a, b) => a.line - b.line,
    );
    const ready = checked.filter((c) => c.problems.length === 0);
    const outcome = (questionIds: string[] | null): GiftImportModel => ({
      dryRun: args.dryRun,
      imported: questionIds?.length ?? 0,
      questions: ready.map((c, i) => preview(c.question, questionIds?.[i] ?? null)),
      problems,
      warnings: parsed.warnings,
    });
    if (args.dryRun) return outcome(null);
    if (problems.length > 0) throw AssessmentErrors.giftProblems(problems);
    if (ready.length === 0) throw AssessmentErrors.giftEmpty();
    const saved = await this.banks.addQuestions(
      args.bankId,
      ready.map((c) => c.input),
      principal,
    );
    return outcome(saved.map((question) => question.id));
  }
}

async function checkInput(bankId: string, question: GiftQuestion): Promise<CheckedQuestion> {
  const input = plainToInstance(AddQuestionInput, {
    bankId,
    type: question.type,
    stemMarkdown: question.stemMarkdown,
    options: question.options.map(({ text, isCorrect }) => ({ text, isCorrect })),
    explanationMarkdown: question.explanationMarkdown,
    reference: question.reference,
    objectiveTag: question.objectiveTag,
  });
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  const problems = errors.flatMap(messages).map((message) => ({
    line: question.line,
    message: `Line ${question.line}: ${message}`,
  }));
  return { question, input, problems };
}

function messages(error: ValidationError): string[] {
  return [...Object.values(error.constraints ?? {}), ...(error.children ?? []).flatMap(messages)];
}

function preview(question: GiftQuestion, questionId: string | null): GiftImportQuestionModel {
  const checks = itemWarnings({
    id: String(question.line),
    type: question.type,
    stem: question.stemMarkdown,
    options: question.options,
  });
  return {
    line: question.line,
    title: question.title,
    category: question.category,
    type: question.type,
    stemMarkdown: question.stemMarkdown,
    options: question.options,
    explanationMarkdown: question.explanationMarkdown,
    objectiveTag: question.objectiveTag,
    reference: question.reference,
    checks,
    questionId,
  };
}
