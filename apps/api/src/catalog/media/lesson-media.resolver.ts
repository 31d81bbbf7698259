import { Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UnauthenticatedError } from '../../common/errors/domain-error.js';
import { IdArg } from '../../common/validation/id-arg.js';
import { AppConfig } from '../../config/app-config.js';
import type { GraphQLContext } from '../../graphql/graphql-context.js';
import { CurrentPrincipal } from '../../identity/auth/decorators.js';
import type { Principal } from '../../identity/auth/principal.js';
import { LessonModel } from '../models/course-content.model.js';
import { LessonMediaModel } from '../models/lesson-media.model.js';
import { LessonMediaService } from './lesson-media.service.js';

/** A lesson's images and videos. Uploads are REST (POST /media/lessons/:lessonId). */
@Resolver(() => LessonModel)
export class LessonMediaResolver {
  constructor(
    private readonly lessonMedia: LessonMediaService,
    private readonly config: AppConfig,
  ) {}

  @ResolveField(() => [LessonMediaModel], {
    description: 'Images and captioned videos, in order (signed-in accounts)',
  })
  async media(
    @Parent() lesson: LessonModel,
    @Context() context: GraphQLContext,
  ): Promise<LessonMediaModel[]> {
    if (!context.req.principal) throw new UnauthenticatedError('Sign in to read the lessons');
    const rows = await context.loaders.mediaByLessonId.load(lesson.id);
    return rows.map((row) => LessonMediaModel.from(row, this.config.publicUrl));
  }

  @Mutation(() => Boolean, {
    description: "Take an image or video out of a draft's lesson (its authors)",
  })
  async removeLessonMedia(
    @IdArg('mediaId') mediaId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.lessonMedia.remove(mediaId, principal);
    return true;
  }
}
