import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isOpen, isReleased } from '@fascicle/catalog';
import { Clock, todayUtc } from '../config/clock.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CatalogViewer } from './catalog-viewer.js';
import { CourseApprovalModel } from './models/course-approval.model.js';
import { CourseVersionModel } from './models/course-version.model.js';
import { CourseAuthorModel, CourseModel } from './models/course.model.js';

@Resolver(() => CourseModel)
export class CourseFieldsResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => CourseVersionModel, {
    nullable: true,
    description: 'The newest published version: what the catalog shows and new learners get',
  })
  async currentVersion(
    @Parent() course: CourseModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseVersionModel | null> {
    if (!course.publishedVersionId) return null;
    const version = await context.loaders.courseVersionById.load(course.publishedVersionId);
    return version ? CourseVersionModel.from(version) : null;
  }

  @ResolveField(() => CourseVersionModel, {
    nullable: true,
    description: 'The draft or the version in review (authors and admins only)',
  })
  async openVersion(
    @Parent() course: CourseModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseVersionModel | null> {
    if (!(await CatalogViewer.of(context).seesUnpublished(course.id))) return null;
    const versions = await context.loaders.courseVersionsByCourseId.load(course.id);
    const open = versions.find((version) => isOpen(version.status));
    return open ? CourseVersionModel.from(open) : null;
  }

  @ResolveField(() => [CourseVersionModel], {
    description: 'Oldest first; drafts and versions in review for authors and admins only',
  })
  async versions(
    @Parent() course: CourseModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseVersionModel[]> {
    const all = await context.loaders.courseVersionsByCourseId.load(course.id);
    const seesAll = await CatalogViewer.of(context).seesUnpublished(course.id);
    return all
      .filter((version) => seesAll || isReleased(version.status))
      .map(CourseVersionModel.from);
  }

  @ResolveField(() => [CourseAuthorModel])
  async authors(
    @Parent() course: CourseModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseAuthorModel[]> {
    const authors = await context.loaders.courseAuthorsByCourseId.load(course.id);
    return authors.map((author) => ({ ...author, isOwner: author.userId === course.createdBy }));
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the signed-in user may remove authors: the owner or an admin',
  })
  viewerCanRemoveAuthors(@Parent() course: CourseModel, @Context() context: GraphQLContext) {
    const viewer = CatalogViewer.of(context);
    return viewer.isAdmin || (viewer.userId !== null && viewer.userId === course.createdBy);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user is an author' })
  viewerIsAuthor(@Parent() course: CourseModel, @Context() context: GraphQLContext) {
    return CatalogViewer.of(context).isAuthor(course.id);
  }

  @ResolveField(() => [CourseApprovalModel], { description: 'Accreditation approvals' })
  async approvals(
    @Parent() course: CourseModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseApprovalModel[]> {
    const today = todayUtc(this.clock);
    const approvals = await context.loaders.courseApprovalsByCourseId.load(course.id);
    return approvals.map((approval) => CourseApprovalModel.from(approval, today));
  }

  @ResolveField(() => [CourseModel], { description: 'Courses to complete before this one' })
  async prerequisites(
    @Parent() course: CourseModel,
    @Context() context: GraphQLContext,
  ): Promise<CourseModel[]> {
    // A prerequisite withdrawn from the catalog stays hidden like any unpublished course.
    const viewer = CatalogViewer.of(context);
    const prerequisites = await context.loaders.coursePrerequisitesByCourseId.load(course.id);
    const visible = await Promise.all(
      prerequisites.map(
        async (p) => p.publishedVersionId !== null || (await viewer.seesUnpublished(p.id)),
      ),
    );
    return prerequisites.filter((_, i) => visible[i]).map(CourseModel.from);
  }
}
