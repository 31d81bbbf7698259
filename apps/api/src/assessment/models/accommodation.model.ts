import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { QuizAccommodationEntity } from '../entities/quiz-accommodation.entity.js';

@ObjectType('QuizAccommodation', { description: 'Extra attempts or time for one learner (admins)' })
export class QuizAccommodationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  quizId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => Int)
  extraAttempts: number;

  @Field(() => Int, { description: '50 = time and a half' })
  extraTimePercent: number;

  @Field()
  reason: string;

  @Field(() => ID)
  grantedBy: string;

  @Field(() => GraphQLISODateTime)
  grantedAt: Date;

  static from(entity: QuizAccommodationEntity): QuizAccommodationModel {
    return Object.assign(new QuizAccommodationModel(), {
      id: entity.id,
      quizId: entity.quizId,
      userId: entity.userId,
      extraAttempts: entity.extraAttempts,
      extraTimePercent: entity.extraTimePercent,
      reason: entity.reason,
      grantedBy: entity.grantedBy,
      grantedAt: entity.grantedAt,
    });
  }
}
