import { Args, Context, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { MAX_PAGE_SIZE } from '../common/pagination/connection.args.js';
import { ConnectionType, toConnection, type Connection } from '../common/pagination/connection.js';
import { Clock, todayUtc } from '../config/clock.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal, Public, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { CatalogErrors } from './catalog-errors.js';
import { CatalogReader } from './catalog-reader.js';
import { CatalogViewer } from './catalog-viewer.js';
import { CoursesArgs } from './dto/courses.args.js';
import { LessonModel } from './models/course-content.model.js';
import { CourseVersionModel } from './models/course-version.model.js';
import { CourseModel } from './models/course.model.js';
import { IdArg } from '../common/validation/id-arg.js';

@ObjectType()
class CourseConnection extends ConnectionType(CourseModel, 'Course') {}

@Resolver()
export class CatalogQueriesResolver {
  constructor(
    private readonly reader: CatalogReader,
    private readonly clock: Clock,
  ) {}

  // The catalog is public: what a course is, its hours, approvals and outline. The lessons'
  // text needs an account (LessonFieldsResolver).
  @Public()
  @Query(() => CourseConnection, {
    description: 'The catalog: courses with a published version, by title (no account needed)',
    complexity: ({ args, childComplexity }) =>
      Math.min((args as CoursesArgs).first, MAX_PAGE_SIZE) * childComplexity,
  })
  async courses(
    @Args() args: CoursesArgs,
    @Context() context: GraphQLContext,
  ): Promise<Connection<CourseModel>> {
    const rows = await this.reader.pageCourses(args, todayUtc(this.clock));
    // The page already joined each current version: hand them to the loader.
    for (const row of rows) {
      if (row.publishedVersion)
        context.loaders.courseVersionById.prime(row.publishedVersion.id, row.publishedVersion);
    }
    return toConnection(rows, args.first, (row) => row.sortKey, CourseModel.from);
  }

  @Public()
  @Query(() => CourseModel, { description: 'A course by its slug (no account needed)' })
  async course(
    @Args('slug') slug: string,
    @Context() context: GraphQLContext,
  ): Promise<CourseModel> {
    const course = await this.reader.courseBySlug(slug);
    // An unpublished course does not exist for those who may not see it.
    if (
      !course ||
      (!course.publishedVersionId && !(await CatalogViewer.of(context).seesUnpublished(course.id)))
    ) {
      throw CatalogErrors.courseNotFound('slug');
    }
    return CourseModel.from(course);
  }

  @Query(() => CourseVersionModel, {
    description: 'One version, e.g. the one a learner enrolled in',
  })
  async courseVersion(
    @IdArg('id') id: string,
    @Context() context: GraphQLContext,
  ): Promise<CourseVersionModel> {
    const version = await context.loaders.courseVersionById.load(id);
    if (!version || !(await CatalogViewer.of(context).canSeeVersion(version))) {
      throw CatalogErrors.versionNotFound('id');
    }
    return CourseVersionModel.from(version);
  }

  @Query(() => LessonModel, {
    description:
      'One lesson, seen as its version is: released ones by signed-in accounts, drafts by authors and admins',
  })
  async lesson(@IdArg('id') id: string, @Context() context: GraphQLContext): Promise<LessonModel> {
    const lesson = await context.loaders.lessonById.load(id);
    const module = lesson && (await context.loaders.moduleById.load(lesson.moduleId));
    const version = module && (await context.loaders.courseVersionById.load(module.versionId));
    if (!lesson || !version || !(await CatalogViewer.of(context).canSeeVersion(version))) {
      throw CatalogErrors.lessonNotFound('id');
    }
    return LessonModel.from(lesson);
  }

  @Roles(Role.INSTRUCTOR)
  @Query(() => [CourseModel], { description: 'Courses the signed-in instructor writes' })
  async myAuthoredCourses(@CurrentPrincipal() principal: Principal): Promise<CourseModel[]> {
    return (await this.reader.authoredCourses(principal.userId)).map(CourseModel.from);
  }

  @Roles(Role.ADMIN)
  @Query(() => [CourseVersionModel], { description: 'Versions waiting for review, oldest first' })
  async courseReviewQueue(): Promise<CourseVersionModel[]> {
    return (await this.reader.reviewQueue()).map(CourseVersionModel.from);
  }
}
