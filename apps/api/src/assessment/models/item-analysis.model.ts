import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WrongOptionPick')
export class WrongOptionPickModel {
  @Field(() => ID)
  optionId: string;

  @Field()
  text: string;

  @Field(() => Int, { description: 'Submitted attempts that chose it' })
  picks: number;
}

@ObjectType('OptionAnalysis', { description: 'How often one option was chosen (authors)' })
export class OptionAnalysisModel {
  @Field(() => ID)
  optionId: string;

  @Field(() => Int)
  position: number;

  @Field()
  text: string;

  @Field({ description: 'Whether the option is (part of) the answer key' })
  isKey: boolean;

  @Field(() => Int, { description: 'Submitted attempts that chose it' })
  picks: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of the attempts that drew the question and chose it, 0 to 1 (a multiple-choice question’s shares may add up to more than 1); null before any response',
  })
  share: number | null;
}

@ObjectType('ItemStatistics', { description: 'How one question performed' })
export class ItemStatisticsModel {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int)
  position: number;

  @Field()
  stemMarkdown: string;

  @Field()
  objectiveTag: string;

  @Field(() => Int, { description: 'Submitted attempts that drew it' })
  responses: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean credit, 0 to 1: the share who got it right (higher = easier)',
  })
  facility: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Point-biserial correlation with the rest of the score, -1 to 1; under 0.2 separates strong from weak attempts poorly, negative suggests a miskeyed question',
  })
  discrimination: number | null;

  @Field(() => WrongOptionPickModel, { nullable: true })
  mostChosenWrongOption: WrongOptionPickModel | null;

  @Field(() => [OptionAnalysisModel], {
    description: 'Every option in order, the key included: the distractor analysis',
  })
  options: OptionAnalysisModel[];
}

@ObjectType('ScoreBucket')
export class ScoreBucketModel {
  @Field(() => Int, { description: 'Inclusive' })
  fromPercent: number;

  @Field(() => Int, { description: 'Exclusive, except 100' })
  toPercent: number;

  @Field(() => Int)
  attempts: number;
}

@ObjectType('QuizItemAnalysis')
export class QuizItemAnalysisModel {
  @Field(() => ID)
  quizId: string;

  @Field(() => Int, { description: 'Submitted attempts' })
  attempts: number;

  @Field(() => Float, { nullable: true })
  meanScorePercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of attempts that passed, 0 to 1' })
  passRate: number | null;

  @Field(() => [ScoreBucketModel], { description: 'Ten buckets of 10 points' })
  scoreDistribution: ScoreBucketModel[];

  @Field(() => [ItemStatisticsModel], { description: 'Every question of the bank, in order' })
  questions: ItemStatisticsModel[];
}
