import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CourseVersionModel } from '../catalog/models/course-version.model.js';
import { CertificateModel } from '../credentials/models/certificate.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CorrectionNoticeModel, VersionCorrectionModel } from './models/correction.model.js';

/** A version's correction: seen by whoever may see the version. */
@Resolver(() => CourseVersionModel)
export class VersionCorrectionFieldResolver {
  @ResolveField(() => VersionCorrectionModel, {
    nullable: true,
    description: 'What this version corrects of safety or legal content; null when nothing',
  })
  async correction(
    @Parent() version: CourseVersionModel,
    @Context() context: GraphQLContext,
  ): Promise<VersionCorrectionModel | null> {
    const correction = await context.loaders.correctionByVersionId.load(version.id);
    return correction && VersionCorrectionModel.from(correction);
  }
}

/** On a transcript: what later versions of the certificate's course corrected. */
@Resolver(() => CertificateModel)
export class CertificateCorrectionsResolver {
  @ResolveField(() => [CorrectionNoticeModel], {
    description:
      "Notices of later versions of this course that corrected safety or legal content, newest first: the holder's own (empty for anyone else, and for a program)",
  })
  async correctionNotices(
    @Parent() certificate: CertificateModel,
    @Context() context: GraphQLContext,
  ): Promise<CorrectionNoticeModel[]> {
    const userId = context.req.principal?.userId;
    const notices = await context.loaders.correctionNoticesByCertificateId.load(certificate.id);
    return notices
      .filter((notice) => notice.userId === userId)
      .map((notice) => CorrectionNoticeModel.from(notice));
  }
}

@Resolver(() => CorrectionNoticeModel)
export class CorrectionNoticeFieldsResolver {
  @ResolveField(() => String, { description: "The course's title in the correcting version" })
  async courseTitle(
    @Parent() notice: CorrectionNoticeModel,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return (await context.loaders.courseVersionById.load(notice.versionId))?.title ?? '';
  }

  @ResolveField(() => String, { description: 'Where the course is read' })
  async courseSlug(
    @Parent() notice: CorrectionNoticeModel,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return (await context.loaders.courseById.load(notice.courseId))?.slug ?? '';
  }
}
