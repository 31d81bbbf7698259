import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { CourseVersionStatus } from '@fascicle/catalog';
import type { CourseVersionEntity } from '../entities/course-version.entity.js';

registerEnumType(CourseVersionStatus, {
  name: 'CourseVersionStatus',
  description: 'DRAFT → IN_REVIEW → PUBLISHED → RETIRED; only a DRAFT can change',
});

@ObjectType('CourseVersion', {
  description: 'What a learner enrols in and a certificate names; never changes once published',
})
export class CourseVersionModel {
  @Field(() => ID)
  id: string;

  courseId: string;

  @Field(() => Int)
  number: number;

  @Field(() => CourseVersionStatus)
  status: CourseVersionStatus;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field()
  audience: string;

  @Field(() => Float)
  ceHours: number;

  @Field(() => [String])
  learningObjectives: string[];

  @Field(() => [String])
  topicTags: string[];

  @Field(() => Int, { nullable: true, description: 'Months a certificate stays valid' })
  certificateValidityMonths: number | null;

  @Field({ description: 'What changed since the previous version' })
  changelog: string;

  /** Shown to authors and admins only (see CourseVersionResolver). */
  reviewComment: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  retiredAt: Date | null;

  static from(entity: CourseVersionEntity): CourseVersionModel {
    return Object.assign(new CourseVersionModel(), {
      id: entity.id,
      courseId: entity.courseId,
      number: entity.number,
      status: entity.status,
      title: entity.title,
      summary: entity.summary,
      audience: entity.audience,
      ceHours: entity.ceHours,
      learningObjectives: entity.learningObjectives,
      topicTags: entity.topicTags,
      certificateValidityMonths: entity.certificateValidityMonths,
      changelog: entity.changelog,
      reviewComment: entity.reviewComment,
      submittedAt: entity.submittedAt,
      publishedAt: entity.publishedAt,
      retiredAt: entity.retiredAt,
    });
  }
}
