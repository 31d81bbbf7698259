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

@ObjectType('EnrollmentProgress')
export class EnrollmentProgressModel {
  @Field(() => [LessonProgressModel])
  lessons: LessonProgressModel[];

  @Field(() => [QuizRequirementModel])
  quizzes: QuizRequirementModel[];

  @Field()
  evaluationSubmitted: boolean;

  @Field(() => [String], {
    description: 'What still stands between the learner and the certificate',
  })
  remaining: string[];
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
