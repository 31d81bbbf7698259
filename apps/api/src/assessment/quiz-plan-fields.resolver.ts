import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { bankReport, nextAttemptAt, type LessonText } from '@fascicle/assessment';
import { CatalogViewer } from '../catalog/catalog-viewer.js';
import { Clock } from '../config/clock.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { quizUserKey } from './assessment-reader.js';
import { QuestionBankChecksModel } from './models/bank-checks.model.js';
import { QuestionBankModel } from './models/bank.model.js';
import { BlueprintPlanModel } from './models/blueprint.model.js';
import { QuizModel } from './models/quiz.model.js';
import { QuizViewerPolicyModel } from './models/viewer-policy.model.js';
import { checkedItems, learnerPolicy, quizPlan, retakesMayRepeat } from './quiz-plan.js';

/**
 * What authors see of how a quiz draws, and what a learner sees of the limits that apply to
 * them. Everything comes through the request's DataLoaders, so a page of quizzes costs the
 * same statements as one.
 */
@Resolver(() => QuizModel)
export class QuizPlanFieldsResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => BlueprintPlanModel, {
    nullable: true,
    description: 'Authors and admins only; null for everyone else',
  })
  async blueprintPlan(
    @Parent() quiz: QuizModel,
    @Context() context: GraphQLContext,
  ): Promise<BlueprintPlanModel | null> {
    const version = await context.loaders.courseVersionById.load(quiz.versionId);
    if (!version || !(await CatalogViewer.of(context).seesUnpublished(version.courseId)))
      return null;
    const bank = await context.loaders.questionsByBankId.load(quiz.bankId);
    const { plan, pools, fresh } = quizPlan(quiz, bank);
    const sizes = new Map(pools.map((pool) => [pool.objective, pool.size]));
    return {
      rows: plan.rows.map((row) => ({ ...row, poolSize: sizes.get(row.objective) ?? 0 })),
      problems: plan.problems.map((problem) => problem.message),
      freshAttempts: fresh,
      retakesMayRepeat: retakesMayRepeat(fresh, quiz.maxAttempts),
    };
  }

  @ResolveField(() => QuizViewerPolicyModel, {
    nullable: true,
    description: 'The limits as they apply to the signed-in viewer; null for visitors',
  })
  async viewerPolicy(
    @Parent() quiz: QuizModel,
    @Context() context: GraphQLContext,
  ): Promise<QuizViewerPolicyModel | null> {
    const userId = context.req.principal?.userId;
    if (!userId) return null;
    const key = quizUserKey(quiz.id, userId);
    const [accommodation, history] = await Promise.all([
      context.loaders.accommodationByQuizUser.load(key),
      context.loaders.attemptHistoryByQuizUser.load(key),
    ]);
    const policy = learnerPolicy(quiz, accommodation);
    return {
      maxAttempts: policy.maxAttempts,
      timeLimitSeconds: policy.timeLimitSeconds,
      attemptsUsed: history.started,
      nextAttemptAt:
        history.lastPassed === false
          ? nextAttemptAt(history.lastSubmittedAt, policy.retakeWaitMinutes, this.clock.now())
          : null,
      retakeWaitMinutes: policy.retakeWaitMinutes,
    };
  }
}

/** Below a bank, nothing checks again: only authors and admins reach a QuestionBank. */
@Resolver(() => QuestionBankModel)
export class BankChecksResolver {
  @ResolveField(() => QuestionBankChecksModel, {
    description: "Item-writing checks, with the version's lessons for echoed worked examples",
  })
  async checks(
    @Parent() bank: QuestionBankModel,
    @Context() context: GraphQLContext,
  ): Promise<QuestionBankChecksModel> {
    const { loaders } = context;
    const [questions, modules] = await Promise.all([
      loaders.questionsByBankId.load(bank.id),
      loaders.modulesByVersionId.load(bank.versionId),
    ]);
    const [options, lessons] = await Promise.all([
      loaders.optionsByQuestionId.loadMany(questions.map((question) => question.id)),
      loaders.lessonsByModuleId.loadMany(modules.map((module) => module.id)),
    ]);
    const optionsById = new Map(
      questions.map((question, i) => [question.id, settled(options[i]!)]),
    );
    const texts: LessonText[] = lessons
      .flatMap((group) => settled(group))
      .map((lesson) => ({ title: lesson.title, text: lesson.bodyMarkdown }));
    const report = bankReport(
      checkedItems(questions, (id) => optionsById.get(id) ?? []),
      texts,
    );
    return {
      ...report.stats,
      findings: report.findings,
      items: report.items.map((item) => ({ questionId: item.id, warnings: item.warnings })),
    };
  }
}

function settled<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}
