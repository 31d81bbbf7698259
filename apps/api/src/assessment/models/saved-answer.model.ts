import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SavedAnswer', { description: 'An answer stored; says nothing of whether it is right' })
export class SavedAnswerModel {
  @Field(() => ID)
  attemptId: string;

  @Field(() => ID)
  questionId: string;

  @Field(() => [ID])
  selectedOptionIds: string[];

  @Field(() => GraphQLISODateTime)
  answeredAt: Date;
}
