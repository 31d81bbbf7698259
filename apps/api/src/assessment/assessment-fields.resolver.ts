import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogViewer } from '../catalog/catalog-viewer.js';
import { CourseModuleModel } from '../catalog/models/course-content.model.js';
import { CourseVersionModel } from '../catalog/models/course-version.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { QuestionBankModel, QuestionModel, QuestionOptionModel } from './models/bank.model.js';
import { QuizModel } from './models/quiz.model.js';

/** Quizzes where a course shows them; banks (the answer keys) for its authors only. */
@Resolver(() => CourseVersionModel)
export class VersionAssessmentFieldsResolver {
  @ResolveField(() => [QuizModel], { description: 'Module quizzes and the final exam' })
  async quizzes(@Parent() version: CourseVersionModel, @Context() context: GraphQLContext) {
    return (await context.loaders.quizzesByVersionId.load(version.id)).map(QuizModel.from);
  }

  @ResolveField(() => QuizModel, { nullable: true })
  async finalExam(@Parent() version: CourseVersionModel, @Context() context: GraphQLContext) {
    const quizzes = await context.loaders.quizzesByVersionId.load(version.id);
    const exam = quizzes.find((quiz) => quiz.moduleId === null);
    return exam ? QuizModel.from(exam) : null;
  }

  @ResolveField(() => [QuestionBankModel], {
    description: 'Authors and admins only; empty for everyone else',
  })
  async questionBanks(@Parent() version: CourseVersionModel, @Context() context: GraphQLContext) {
    if (!(await CatalogViewer.of(context).seesUnpublished(version.courseId))) return [];
    return (await context.loaders.banksByVersionId.load(version.id)).map(QuestionBankModel.from);
  }
}

@Resolver(() => CourseModuleModel)
export class ModuleAssessmentFieldsResolver {
  @ResolveField(() => QuizModel, { nullable: true, description: 'The quiz that closes the module' })
  async quiz(@Parent() module: CourseModuleModel, @Context() context: GraphQLContext) {
    const quizzes = await context.loaders.quizzesByVersionId.load(module.versionId);
    const quiz = quizzes.find((candidate) => candidate.moduleId === module.id);
    return quiz ? QuizModel.from(quiz) : null;
  }
}

@Resolver(() => QuizModel)
export class QuizFieldsResolver {
  @ResolveField(() => Int, { description: 'Questions each attempt draws' })
  async questionsPerAttempt(@Parent() quiz: QuizModel, @Context() context: GraphQLContext) {
    return quiz.questionCount ?? (await context.loaders.bankSizeById.load(quiz.bankId));
  }

  @ResolveField(() => CourseVersionModel, { description: 'The course version the quiz belongs to' })
  async courseVersion(@Parent() quiz: QuizModel, @Context() context: GraphQLContext) {
    return CourseVersionModel.from((await context.loaders.courseVersionById.load(quiz.versionId))!);
  }

  @ResolveField(() => QuestionBankModel, {
    nullable: true,
    description: 'Authors and admins only; null for everyone else',
  })
  async bank(@Parent() quiz: QuizModel, @Context() context: GraphQLContext) {
    const version = await context.loaders.courseVersionById.load(quiz.versionId);
    if (!version || !(await CatalogViewer.of(context).seesUnpublished(version.courseId)))
      return null;
    const banks = await context.loaders.banksByVersionId.load(quiz.versionId);
    const bank = banks.find((candidate) => candidate.id === quiz.bankId);
    return bank ? QuestionBankModel.from(bank) : null;
  }
}

/**
 * Below a bank, nothing checks again: a QuestionBank is only ever returned by the two
 * fields above and the questionBank query, after they checked that the viewer is an author
 * or an admin.
 */
@Resolver(() => QuestionBankModel)
export class BankFieldsResolver {
  @ResolveField(() => CourseVersionModel, { description: 'The course version the bank belongs to' })
  async courseVersion(@Parent() bank: QuestionBankModel, @Context() context: GraphQLContext) {
    return CourseVersionModel.from((await context.loaders.courseVersionById.load(bank.versionId))!);
  }

  @ResolveField(() => [QuestionModel])
  async questions(@Parent() bank: QuestionBankModel, @Context() context: GraphQLContext) {
    return (await context.loaders.questionsByBankId.load(bank.id)).map(QuestionModel.from);
  }
}

@Resolver(() => QuestionModel)
export class QuestionFieldsResolver {
  @ResolveField(() => [QuestionOptionModel])
  async options(@Parent() question: QuestionModel, @Context() context: GraphQLContext) {
    return (await context.loaders.optionsByQuestionId.load(question.id)).map(
      QuestionOptionModel.from,
    );
  }
}
