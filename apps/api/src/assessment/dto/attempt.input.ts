import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsUUID } from 'class-validator';

@InputType()
export class SaveAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'attemptId must be an attempt id' })
  attemptId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'questionId must be a question id' })
  questionId: string;

  @Field(() => [ID], { description: 'The options chosen; empty clears the answer' })
  @ArrayMaxSize(8)
  @ArrayUnique({ message: 'selectedOptionIds must not repeat an option' })
  @IsUUID('all', { each: true, message: 'selectedOptionIds must be option ids' })
  selectedOptionIds: string[];
}
