import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { CorrectionKind } from '../correction-kind.js';
import type { CorrectionNoticeEntity } from '../entities/correction-notice.entity.js';
import type { VersionCorrectionEntity } from '../entities/version-correction.entity.js';

@ObjectType('VersionCorrection', {
  description: 'This version corrects safety or legal content of earlier versions',
})
export class VersionCorrectionModel {
  @Field(() => [CorrectionKind])
  kinds: CorrectionKind[];

  @Field({ description: 'What changed, in plain text' })
  summary: string;

  static from(entity: VersionCorrectionEntity): VersionCorrectionModel {
    return Object.assign(new VersionCorrectionModel(), {
      kinds: entity.kinds,
      summary: entity.summary,
    });
  }
}

@ObjectType('CorrectionNotice', {
  description:
    'A later version of a course you completed corrected safety or legal content: what changed',
})
export class CorrectionNoticeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  courseId: string;

  @Field(() => ID, { description: 'The version that made the correction' })
  versionId: string;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => [CorrectionKind])
  kinds: CorrectionKind[];

  @Field({ description: 'What changed, in plain text' })
  summary: string;

  @Field(() => GraphQLISODateTime, { description: 'When the version was published' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When you marked it read; null while unread',
  })
  readAt: Date | null;

  userId: string;

  static from(entity: CorrectionNoticeEntity): CorrectionNoticeModel {
    return Object.assign(new CorrectionNoticeModel(), {
      id: entity.id,
      courseId: entity.courseId,
      versionId: entity.versionId,
      versionNumber: entity.versionNumber,
      kinds: entity.kinds,
      summary: entity.summary,
      createdAt: entity.createdAt,
      readAt: entity.readAt,
      userId: entity.userId,
    });
  }
}

@ObjectType()
export class CorrectionNoticeConnection extends ConnectionType(
  CorrectionNoticeModel,
  'CorrectionNotice',
) {}
