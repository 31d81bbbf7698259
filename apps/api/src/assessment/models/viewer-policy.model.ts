import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('QuizViewerPolicy', {
  description: 'The quiz as it applies to the signed-in viewer, their accommodation included',
})
export class QuizViewerPolicyModel {
  @Field(() => Int, { nullable: true, description: 'null = unlimited' })
  maxAttempts: number | null;

  @Field(() => Int, { nullable: true, description: 'null = untimed' })
  timeLimitSeconds: number | null;

  @Field(() => Int, { description: 'Attempts started, the one in progress included' })
  attemptsUsed: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the next attempt may start after a failed one; null = now',
  })
  nextAttemptAt: Date | null;

  @Field(() => Int)
  retakeWaitMinutes: number;
}
