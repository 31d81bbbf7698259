import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  contactHours,
  CourseVersionStatus,
  CredentialKind,
  DEFAULT_CONTACT_HOUR,
} from '@fascicle/catalog';
import type { CourseVersionEntity } from '../entities/course-version.entity.js';
import { CourseDisclosureModel } from './disclosure.model.js';

registerEnumType(CourseVersionStatus, {
  name: 'CourseVersionStatus',
  description: 'DRAFT → IN_REVIEW → PUBLISHED → RETIRED; only a DRAFT can change',
});

@ObjectType('LearningObjective')
export class LearningObjectiveModel {
  @Field({ description: 'What questions are tagged with' })
  key: string;

  @Field()
  text: string;
}

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

  @Field(() => Int, { description: 'Minutes of instruction claimed (the stored truth)' })
  creditMinutes: number;

  @Field(() => Float, {
    description:
      'creditMinutes in hours of 60 minutes, rounded down to the quarter; each approval counts its own (contactHours)',
  })
  ceHours: number;

  @Field(() => [String])
  learningObjectives: string[];

  @Field(() => [LearningObjectiveModel], { description: 'The objectives with their keys' })
  objectives: LearningObjectiveModel[];

  @Field(() => CredentialKind)
  credentialKind: CredentialKind;

  @Field({ description: 'What a certificate for this course attests, and what it does not' })
  scopeStatement: string;

  @Field(() => CourseDisclosureModel, {
    nullable: true,
    description: 'Authors, financial relationships and commercial support: read before enrolling',
  })
  disclosure: CourseDisclosureModel | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  releasedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the last day the course offers credit',
  })
  creditEndsOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the last content review' })
  contentReviewedOn: string | null;

  @Field(() => [String])
  topicTags: string[];

  @Field(() => [String], {
    description:
      'Skills the course names but cannot assess online: assessed in the hands-on, in-person part',
  })
  handsOnObjectives: string[];

  @Field(() => Int, { nullable: true, description: 'Months a certificate stays valid' })
  certificateValidityMonths: number | null;

  @Field({
    description:
      "Learners finish a module's lessons before its quiz, and every lesson before the final exam",
  })
  quizzesAfterLessons: boolean;

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
      creditMinutes: entity.creditMinutes,
      ceHours: contactHours(entity.creditMinutes, DEFAULT_CONTACT_HOUR),
      learningObjectives: entity.learningObjectives,
      objectives: entity.learningObjectives.map((text, index) => ({
        key: entity.objectiveKeys[index] ?? `objective-${index + 1}`,
        text,
      })),
      credentialKind: entity.credentialKind,
      scopeStatement: entity.scopeStatement,
      disclosure: CourseDisclosureModel.from(entity.disclosure),
      releasedOn: entity.releasedOn,
      creditEndsOn: entity.creditEndsOn,
      contentReviewedOn: entity.contentReviewedOn,
      topicTags: entity.topicTags,
      handsOnObjectives: entity.handsOnObjectives,
      certificateValidityMonths: entity.certificateValidityMonths,
      quizzesAfterLessons: entity.quizzesAfterLessons,
      changelog: entity.changelog,
      reviewComment: entity.reviewComment,
      submittedAt: entity.submittedAt,
      publishedAt: entity.publishedAt,
      retiredAt: entity.retiredAt,
    });
  }
}
