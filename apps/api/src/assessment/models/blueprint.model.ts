import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BlueprintRow', { description: 'Questions of one objective in every attempt' })
export class BlueprintRowModel {
  @Field({ description: 'An objective key of the course' })
  objective: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('BlueprintPlanRow')
export class BlueprintPlanRowModel {
  @Field()
  objective: string;

  @Field(() => Int, { description: 'Questions of this objective in every attempt' })
  count: number;

  @Field(() => Int, { description: 'Questions of this objective in the bank' })
  poolSize: number;
}

@ObjectType('BlueprintPlan', {
  description: "How a quiz draws: the author's blueprint or the one shared out from the bank",
})
export class BlueprintPlanModel {
  @Field(() => [BlueprintPlanRowModel])
  rows: BlueprintPlanRowModel[];

  @Field(() => [String], { description: 'Why the bank cannot fill the plan; empty when it can' })
  problems: string[];

  @Field(() => Int, {
    description: 'How many attempts in a row can each have questions no earlier attempt had',
  })
  freshAttempts: number;

  @Field({
    description:
      'Whether a later attempt could repeat a question (unlimited attempts, or more than freshAttempts): then no review shows the key while attempts are left',
  })
  retakesMayRepeat: boolean;
}
