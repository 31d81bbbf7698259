import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Trim } from '../../common/validation/normalize.js';

@InputType()
export class GrantQuizAccommodationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'quizId must be a quiz id' })
  quizId: string;

  @Field(() => ID, { description: 'The learner' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;

  @Field(() => Int, { description: 'Attempts beyond the quiz maximum (0 to 20)' })
  @IsInt({ message: 'extraAttempts must be a whole number' })
  @Min(0, { message: 'extraAttempts must be between 0 and 20' })
  @Max(20, { message: 'extraAttempts must be between 0 and 20' })
  extraAttempts: number;

  @Field(() => Int, { description: 'More time, in percent of the limit: 50 = time and a half' })
  @IsInt({ message: 'extraTimePercent must be a whole number' })
  @Min(0, { message: 'extraTimePercent must be between 0 and 300' })
  @Max(300, { message: 'extraTimePercent must be between 0 and 300' })
  extraTimePercent: number;

  @Field({ description: 'Why (kept with the accommodation and in the audit log)' })
  @Trim()
  @IsString()
  @Length(10, 2000, { message: 'reason must be 10 to 2000 characters long' })
  reason: string;
}
