import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EnrollmentStatus, type EnrollmentEntity } from '../entities/enrollment.entity.js';

registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });

@ObjectType('LessonProgress', { description: 'Seat time the server has credited' })
export class LessonProgressModel {
  @Field(() => ID)
  enrollmentId: string;

  @Field(() => ID)
  lessonId: string;

  @Field(() => Int)
  creditedSeconds: number;

  @Field(() => Int)
  requiredSeconds: number;

  @Field(() => Int, { description: "Seconds the lesson's video was seen playing" })
  watchedSeconds: number;

  @Field(() => Int, { description: "The length of the lesson's videos; 0 without video" })
  videoSeconds: number;

  @Field()
  completed: boolean;
}

@ObjectType('QuizRequirement')
export class QuizRequirementModel {
  @Field(() => ID)
  quizId: string;

  @Field()
  passed: boolean;
}

/** One thing left to do for the certificate. */
@ObjectType('CompletionStep')
export class CompletionStepModel {
  @Field({
    description:
      'NO_LESSONS, LESSON_SEAT_TIME, LESSON_VIDEO, QUIZ_NOT_PASSED, EVALUATION_MISSING or EMAIL_NOT_VERIFIED',
  })
  kind: string;

  @Field({ description: 'What to do, in words, naming the lesson or quiz' })
  message: string;

  @Field(() => ID, { nullable: true })
  lessonId: string | null;

  @Field(() => ID, { nullable: true })
  quizId: string | null;
}

@ObjectType('EnrollmentProgress')
export class EnrollmentProgressModel {
  @Field(() => [LessonProgressModel])
  lessons: LessonProgressModel[];

  @Field(() => [QuizRequirementModel])
  quizzes: QuizRequirementModel[];

  @Field()
  evaluationSubmitted: boolean;

  @Field(() => [String], {
    description: 'What still stands between the learner and the certificate, in words',
  })
  remaining: string[];

  @Field(() => [CompletionStepModel], {
    description: 'The same, with the lesson or quiz each one is about, to link to',
  })
  steps: CompletionStepModel[];
}

@ObjectType('Enrollment')
export class EnrollmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  courseId: string;

  @Field(() => ID)
  versionId: string;

  @Field(() => EnrollmentStatus)
  status: EnrollmentStatus;

  @Field(() => GraphQLISODateTime)
  enrolledAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  userId: string;

  static from(entity: EnrollmentEntity): EnrollmentModel {
    return Object.assign(new EnrollmentModel(), {
      id: entity.id,
      courseId: entity.courseId,
      versionId: entity.versionId,
      status: entity.status,
      enrolledAt: entity.enrolledAt,
      completedAt: entity.completedAt,
      userId: entity.userId,
    });
  }
}
