import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { renderLessonMarkdown } from '@fascicle/catalog';
import { UnauthenticatedError } from '../common/errors/domain-error.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CatalogViewer } from './catalog-viewer.js';
import { CourseModuleModel, LessonModel } from './models/course-content.model.js';
import { CourseVersionModel } from './models/course-version.model.js';
import { CourseModel } from './models/course.model.js';

@Resolver(() => CourseVersionModel)
export class CourseVersionFieldsResolver {
  @ResolveField(() => CourseModel)
  async course(
    @Parent() version: CourseVersionModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseModel> {
    const course = await context.loaders.courseById.load(version.courseId);
    return CourseModel.from(course!);
  }

  @ResolveField(() => [CourseModuleModel], { description: 'In order' })
  async modules(
    @Parent() version: CourseVersionModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseModuleModel[]> {
    return (await context.loaders.modulesByVersionId.load(version.id)).map(CourseModuleModel.from);
  }

  @ResolveField(() => Int, { description: 'Seat time of all lessons, in minutes' })
  totalSeatTimeMinutes(@Parent() version: CourseVersionModel, @Context() context: GraphQLContext) {
    return context.loaders.seatMinutesByVersionId.load(version.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The reviewer's comment when sent back (authors and admins only)",
  })
  async reviewComment(
    @Parent() version: CourseVersionModel,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    return (await CatalogViewer.of(context).seesUnpublished(version.courseId))
      ? version.reviewComment
      : null;
  }
}

@Resolver(() => CourseModuleModel)
export class CourseModuleFieldsResolver {
  @ResolveField(() => [LessonModel], { description: 'In order' })
  async lessons(
    @Parent() module: CourseModuleModel,
    @Context() context: GraphQLContext,
  ): Promise<LessonModel[]> {
    return (await context.loaders.lessonsByModuleId.load(module.id)).map(LessonModel.from);
  }
}

/**
 * A lesson's text is for signed-in accounts: the public catalog shows a course's outline,
 * not its content.
 */
@Resolver(() => LessonModel)
export class LessonFieldsResolver {
  @ResolveField(() => CourseModuleModel, { description: 'The module the lesson belongs to' })
  async module(
    @Parent() lesson: LessonModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseModuleModel> {
    return CourseModuleModel.from((await context.loaders.moduleById.load(lesson.moduleId))!);
  }

  @ResolveField(() => CourseVersionModel, { description: 'The version the lesson belongs to' })
  async courseVersion(
    @Parent() lesson: LessonModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseVersionModel> {
    const module = await context.loaders.moduleById.load(lesson.moduleId);
    return CourseVersionModel.from(
      (await context.loaders.courseVersionById.load(module!.versionId))!,
    );
  }

  @ResolveField(() => String, { description: 'As the author wrote it (signed-in accounts)' })
  bodyMarkdown(@Parent() lesson: LessonModel, @Context() context: GraphQLContext): string {
    signedIn(context);
    return lesson.bodyMarkdown;
  }

  @ResolveField(() => String, {
    description:
      'The Markdown rendered to HTML and sanitized: safe to insert in a page (signed-in accounts)',
  })
  bodyHtml(@Parent() lesson: LessonModel, @Context() context: GraphQLContext): string {
    signedIn(context);
    return renderLessonMarkdown(lesson.bodyMarkdown);
  }
}

function signedIn(context: GraphQLContext): void {
  if (!context.req.principal) throw new UnauthenticatedError('Sign in to read the lessons');
}
