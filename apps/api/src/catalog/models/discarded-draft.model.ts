import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DiscardedDraft', { description: 'What discardDraftVersion removed' })
export class DiscardedDraftModel {
  @Field(() => ID)
  versionId: string;

  @Field(() => ID)
  courseId: string;

  @Field(() => Int)
  number: number;

  @Field({ description: "True when it was the course's only version: the course is gone too" })
  courseRemoved: boolean;
}
