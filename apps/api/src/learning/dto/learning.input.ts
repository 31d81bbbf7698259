import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** The questions accreditors ask providers to collect after every course. */
@InputType()
export class CourseEvaluationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;

  @Field(() => Int, { description: 'The learning objectives were met (1–5)' })
  @IsInt()
  @Min(1, { message: 'objectivesMet must be a rating from 1 to 5' })
  @Max(5, { message: 'objectivesMet must be a rating from 1 to 5' })
  objectivesMet: number;

  @Field(() => Int, { description: 'The content is relevant to my practice (1–5)' })
  @IsInt()
  @Min(1, { message: 'contentRelevance must be a rating from 1 to 5' })
  @Max(5, { message: 'contentRelevance must be a rating from 1 to 5' })
  contentRelevance: number;

  @Field(() => Int, { description: 'The presentation was clear and well organised (1–5)' })
  @IsInt()
  @Min(1, { message: 'presentationQuality must be a rating from 1 to 5' })
  @Max(5, { message: 'presentationQuality must be a rating from 1 to 5' })
  presentationQuality: number;

  @Field({ description: 'The content was free of commercial bias' })
  @IsBoolean()
  freeOfCommercialBias: boolean;

  @Field()
  @IsBoolean()
  wouldRecommend: boolean;

  @Field({ defaultValue: '', description: 'What you will change in your practice' })
  @IsString()
  @MaxLength(2000)
  intendedPracticeChange: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  comments: string;
}
