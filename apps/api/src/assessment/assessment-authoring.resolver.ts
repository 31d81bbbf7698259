import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { CatalogErrors } from '../catalog/catalog-errors.js';
import { CatalogViewer } from '../catalog/catalog-viewer.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import {
  AddQuestionInput,
  CreateQuestionBankInput,
  ReorderQuestionsInput,
  UpdateQuestionInput,
} from './dto/bank.input.js';
import { CreateQuizInput, UpdateQuizInput } from './dto/quiz.input.js';
import { QuestionBankModel, QuestionModel } from './models/bank.model.js';
import { AssessmentErrors } from './assessment-errors.js';
import { QuizModel } from './models/quiz.model.js';
import { QuestionBankService } from './question-bank.service.js';
import { QuizAuthoringService } from './quiz-authoring.service.js';
import { IdArg } from '../common/validation/id-arg.js';

/** Banks and quizzes of a draft version; the services check authorship and draft status. */
@Roles(Role.INSTRUCTOR)
@Resolver()
export class AssessmentAuthoringResolver {
  constructor(
    private readonly banks: QuestionBankService,
    private readonly quizzes: QuizAuthoringService,
  ) {}

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => QuestionBankModel, {
    description: 'One question bank with its answer keys (authors of its course and admins)',
  })
  async questionBank(
    @IdArg('id') id: string,
    @Context() context: GraphQLContext,
  ): Promise<QuestionBankModel> {
    const bank = await context.loaders.bankById.load(id);
    const version = bank && (await context.loaders.courseVersionById.load(bank.versionId));
    if (!bank || !version) throw AssessmentErrors.bankNotFound('id');
    if (!(await CatalogViewer.of(context).seesUnpublished(version.courseId))) {
      throw CatalogErrors.notAnAuthor();
    }
    return QuestionBankModel.from(bank);
  }

  @Mutation(() => QuestionBankModel)
  async createQuestionBank(
    @Args('input') input: CreateQuestionBankInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionBankModel> {
    return QuestionBankModel.from(await this.banks.createBank(input, principal));
  }

  @Mutation(() => Boolean, { description: 'Remove a bank no quiz draws from' })
  async removeQuestionBank(
    @IdArg('bankId') bankId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.banks.removeBank(bankId, principal);
    return true;
  }

  @Mutation(() => QuestionModel)
  async addQuestion(
    @Args('input') input: AddQuestionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionModel> {
    return QuestionModel.from(await this.banks.addQuestion(input, principal));
  }

  @Mutation(() => QuestionModel, { description: 'Replace a question, options included' })
  async updateQuestion(
    @Args('input') input: UpdateQuestionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionModel> {
    return QuestionModel.from(await this.banks.updateQuestion(input, principal));
  }

  @Mutation(() => QuestionBankModel)
  async removeQuestion(
    @IdArg('questionId') questionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionBankModel> {
    return QuestionBankModel.from(await this.banks.removeQuestion(questionId, principal));
  }

  @Mutation(() => QuestionBankModel, {
    description: 'Put the questions of a draft bank in a new order',
  })
  async reorderQuestions(
    @Args('input') input: ReorderQuestionsInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionBankModel> {
    return QuestionBankModel.from(await this.banks.reorderQuestions(input, principal));
  }

  @Mutation(() => QuizModel, { description: "A module's quiz, or the final exam (no moduleId)" })
  async createQuiz(
    @Args('input') input: CreateQuizInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuizModel> {
    return QuizModel.from(await this.quizzes.createQuiz(input, principal));
  }

  @Mutation(() => QuizModel)
  async updateQuiz(
    @Args('input') input: UpdateQuizInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuizModel> {
    return QuizModel.from(await this.quizzes.updateQuiz(input, principal));
  }

  @Mutation(() => Boolean)
  async removeQuiz(
    @IdArg('quizId') quizId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.quizzes.removeQuiz(quizId, principal);
    return true;
  }
}
