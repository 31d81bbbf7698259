import { Role } from '@fascicle/common';
import { isReleased, type CourseVersionStatus } from '@fascicle/catalog';
import type { GraphQLContext } from '../graphql/graphql-context.js';

/**
 * What the caller of this request may see of a course. Authors and admins see drafts,
 * versions in review and review comments; everyone else sees published and retired
 * versions only. Author lists come through a DataLoader, so a page of courses costs one
 * query for all of them.
 */
export class CatalogViewer {
  private constructor(private readonly context: GraphQLContext) {}

  static of(context: GraphQLContext): CatalogViewer {
    return new CatalogViewer(context);
  }

  get userId(): string | null {
    return this.context.req.principal?.userId ?? null;
  }

  get isAdmin(): boolean {
    return this.context.req.principal?.roles.includes(Role.ADMIN) ?? false;
  }

  async isAuthor(courseId: string): Promise<boolean> {
    const userId = this.userId;
    if (!userId) return false;
    const authors = await this.context.loaders.courseAuthorsByCourseId.load(courseId);
    return authors.some((author) => author.userId === userId);
  }

  async seesUnpublished(courseId: string): Promise<boolean> {
    return this.isAdmin || (await this.isAuthor(courseId));
  }

  async canSeeVersion(version: { courseId: string; status: CourseVersionStatus }) {
    return isReleased(version.status) || (await this.seesUnpublished(version.courseId));
  }
}
