import { Field, ID, InputType, Int, PartialType, registerEnumType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
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
