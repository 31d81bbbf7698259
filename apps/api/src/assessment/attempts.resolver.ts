import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { CatalogViewer } from '../catalog/catalog-viewer.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { AssessmentErrors } from './assessment-errors.js';
import { AttemptViews } from './attempt-views.js';
import { AttemptsService } from './attempts.service.js';
import { SaveAnswerInput } from './dto/attempt.input.js';
import { ItemAnalysisService } from './item-analysis.service.js';
import { QuizAttemptModel } from './models/attempt.model.js';
import { QuizItemAnalysisModel } from './models/item-analysis.model.js';
import { QuizModel } from './models/quiz.model.js';
import { SavedAnswerModel } from './models/saved-answer.model.js';
import { IdArg } from '../common/validation/id-arg.js';

/** Taking quizzes. Every attempt leaves the server through AttemptViews. */
@Resolver()
export class AttemptsResolver {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly views: AttemptViews,
    private readonly analysis: ItemAnalysisService,
  ) {}

  @Query(() => QuizModel)
  async quiz(@IdArg('id') id: string, @Context() context: GraphQLContext): Promise<QuizModel> {
    const quiz = await context.loaders.quizById.load(id);
    const version = quiz && (await context.loaders.courseVersionById.load(quiz.versionId));
    if (!quiz || !version || !(await CatalogViewer.of(context).canSeeVersion(version))) {
      throw AssessmentErrors.quizNotFound('id');
    }
    return QuizModel.from(quiz);
  }

  @Mutation(() => QuizAttemptModel, {
    description: 'Start an attempt (or resume the one in progress): questions are drawn and frozen',
  })
  async startQuizAttempt(
    @IdArg('quizId') quizId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuizAttemptModel> {
    const [view] = await this.views.build([await this.attempts.start(quizId, principal)]);
    return view!;
  }

  @Mutation(() => SavedAnswerModel, { description: 'Store one answer as it is given' })
  async saveAnswer(
    @Args('input') input: SaveAnswerInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SavedAnswerModel> {
    const saved = await this.attempts.saveAnswer(input, principal);
    return {
      attemptId: saved.attemptId,
      questionId: saved.questionId,
      selectedOptionIds: saved.selectedOptionIds ?? [],
      answeredAt: saved.answeredAt!,
    };
  }

  @Mutation(() => QuizAttemptModel, { description: 'Hand the attempt in; it is graded once' })
  async submitQuizAttempt(
    @IdArg('attemptId') attemptId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuizAttemptModel> {
    const [view] = await this.views.build([await this.attempts.submit(attemptId, principal)]);
    return view!;
  }

  @Query(() => QuizAttemptModel, { description: 'One of your own attempts' })
  async quizAttempt(
    @IdArg('id') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuizAttemptModel> {
    const [view] = await this.views.build([await this.attempts.one(id, principal)]);
    return view!;
  }

  @Query(() => [QuizAttemptModel], { description: 'Your attempts at a quiz, oldest first' })
  async myQuizAttempts(
    @IdArg('quizId') quizId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuizAttemptModel[]> {
    return this.views.build(await this.attempts.mine(quizId, principal));
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => QuizItemAnalysisModel, { description: "How a quiz's questions perform (authors)" })
  quizItemAnalysis(
    @IdArg('quizId') quizId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuizItemAnalysisModel> {
    return this.analysis.analyse(quizId, principal);
  }
}
