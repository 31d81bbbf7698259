import { Field, ID, InputType, Int, PartialType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MultipleChoiceScoring, ReviewContent, ReviewTiming } from '@fascicle/assessment';
import { Trim } from '../../common/validation/normalize.js';

registerEnumType(MultipleChoiceScoring, { name: 'MultipleChoiceScoring' });
registerEnumType(ReviewContent, {
  name: 'ReviewContent',
  description: 'What a learner sees after submitting',
  valuesMap: {
    SCORE_ONLY: { description: 'The score and pass/fail' },
    SCORE_AND_CORRECTNESS: { description: 'Also which questions were right or wrong' },
    FULL_EXPLANATIONS: { description: 'Also the correct options, explanations and references' },
  },
});
registerEnumType(ReviewTiming, {
  name: 'ReviewTiming',
  description: 'When more than the score becomes visible',
  valuesMap: {
    AFTER_EACH_ATTEMPT: { description: 'As soon as an attempt is submitted' },
    AFTER_PASSING_OR_LAST_ATTEMPT: {
      description: 'Once the learner has passed, or has used the last allowed attempt',
    },
  },
});

@InputType({ description: 'How many questions of one objective every attempt draws' })
export class BlueprintRowInput {
  @Field({ description: "One of the course's objective keys, e.g. safety-pneumothorax" })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'objective must be an objective key: lower-case words joined by hyphens',
  })
  @Length(1, 80, { message: 'objective must be 1 to 80 characters long' })
  objective: string;

  @Field(() => Int)
  @IsInt({ message: 'count must be a whole number' })
  @Min(1, { message: 'count must be at least 1' })
  @Max(200, { message: 'count must be at most 200' })
  count: number;
}

@InputType()
export class QuizSettingsInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'bankId must be a question bank id' })
  bankId: string;

  @Field(() => Int, { description: '1 to 100' })
  @IsInt()
  @Min(1, { message: 'passingScorePercent must be between 1 and 100' })
  @Max(100, { message: 'passingScorePercent must be between 1 and 100' })
  passingScorePercent: number;

  @Field(() => Int, { nullable: true, description: 'Questions drawn per attempt; none = all' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'questionCount must be at least 1' })
  @Max(200)
  questionCount?: number | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  shuffleQuestions: boolean;

  @Field({ defaultValue: true })
  @IsBoolean()
  shuffleOptions: boolean;

  @Field(() => Int, { nullable: true, description: 'Seconds; none = untimed' })
  @IsOptional()
  @IsInt()
  @Min(30, { message: 'timeLimitSeconds must be at least 30' })
  @Max(4 * 3600, { message: 'timeLimitSeconds must be at most 14400 (4 hours)' })
  timeLimitSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'None = unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'maxAttempts must be at least 1' })
  @Max(50)
  maxAttempts?: number | null;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'Minutes after a failed attempt before the next may start (0 to 10080, a week)',
  })
  @IsInt({ message: 'retakeWaitMinutes must be a whole number of minutes' })
  @Min(0, { message: 'retakeWaitMinutes must be between 0 and 10080' })
  @Max(10080, { message: 'retakeWaitMinutes must be between 0 and 10080' })
  retakeWaitMinutes?: number;

  @Field(() => [BlueprintRowInput], {
    nullable: true,
    description:
      'Questions per objective in every attempt, adding up to questionCount; none = one per objective and the rest in proportion to the bank',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'blueprint must have at least one row (or be left out)' })
  @ArrayMaxSize(100, { message: 'blueprint must have at most 100 rows' })
  @ValidateNested({ each: true })
  @Type(() => BlueprintRowInput)
  blueprint?: BlueprintRowInput[] | null;

  @Field(() => MultipleChoiceScoring, { defaultValue: MultipleChoiceScoring.ALL_OR_NOTHING })
  @IsEnum(MultipleChoiceScoring)
  scoring: MultipleChoiceScoring;

  @Field(() => ReviewContent, { defaultValue: ReviewContent.FULL_EXPLANATIONS })
  @IsEnum(ReviewContent)
  reviewContent: ReviewContent;

  @Field(() => ReviewTiming, { defaultValue: ReviewTiming.AFTER_PASSING_OR_LAST_ATTEMPT })
  @IsEnum(ReviewTiming)
  reviewTiming: ReviewTiming;
}

@InputType()
export class CreateQuizInput extends QuizSettingsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'versionId must be a version id' })
  versionId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The module it closes; none = the course's final exam",
  })
  @IsOptional()
  @IsUUID('all', { message: 'moduleId must be a module id' })
  moduleId?: string | null;
}

@InputType()
export class UpdateQuizInput extends PartialType(QuizSettingsInput, { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsUUID('all', { message: 'quizId must be a quiz id' })
  quizId: string;
}
