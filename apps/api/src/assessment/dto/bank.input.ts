import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { MAX_OPTIONS, QuestionType } from '@fascicle/assessment';
import { Trim } from '../../common/validation/normalize.js';

registerEnumType(QuestionType, { name: 'QuestionType' });

@InputType()
export class CreateQuestionBankInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'versionId must be a version id' })
  versionId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;
}

@InputType()
export class QuestionOptionInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 1000, { message: 'text must be 1 to 1000 characters long' })
  text: string;

  @Field()
  @IsBoolean()
  isCorrect: boolean;
}

@InputType()
export class QuestionFieldsInput {
  @Field(() => QuestionType)
  @IsEnum(QuestionType)
  type: QuestionType;

  @Field({ description: 'Markdown' })
  @IsString()
  @Length(1, 10_000, { message: 'stemMarkdown must be 1 to 10000 characters long' })
  stemMarkdown: string;

  @Field(() => [QuestionOptionInput], {
    description: 'TRUE_FALSE: the options True and False, in that order',
  })
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionInput)
  options: QuestionOptionInput[];

  @Field({ description: 'Why the answer is right; shown only as the review policy allows' })
  @IsString()
  @Length(1, 10_000, { message: 'explanationMarkdown must be 1 to 10000 characters long' })
  explanationMarkdown: string;

  @Field({ description: 'The source that supports the answer' })
  @Trim()
  @IsString()
  @Length(3, 1000, { message: 'reference must be 3 to 1000 characters long' })
  reference: string;

  @Field({ description: 'The learning objective the question tests, e.g. safety-pneumothorax' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'objectiveTag must be lower-case words joined by hyphens',
  })
  @Length(1, 80)
  objectiveTag: string;
}

@InputType()
export class AddQuestionInput extends QuestionFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'bankId must be a question bank id' })
  bankId: string;
}

/** Replaces the question whole, options included. */
@InputType()
export class UpdateQuestionInput extends QuestionFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'questionId must be a question id' })
  questionId: string;
}

@InputType()
export class ReorderQuestionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'bankId must be a question bank id' })
  bankId: string;

  @Field(() => [ID], { description: 'Every question of the bank, in the new order' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique({ message: 'questionIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'questionIds must be question ids' })
  questionIds: string[];
}
