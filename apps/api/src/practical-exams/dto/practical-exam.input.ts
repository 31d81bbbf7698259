import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.args.js';
import { IsCalendarDate } from '../../common/validation/calendar-date.js';
import { Trim } from '../../common/validation/normalize.js';

@InputType({ description: "The examiner's mark for one checklist item" })
export class ItemResultInput {
  @Field({ description: 'The checklist item' })
  @IsString()
  @Length(1, 60, { message: 'key must be 1 to 60 characters long' })
  key: string;

  @Field()
  @IsBoolean()
  passed: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'What the examiner saw (at most 1000 characters); may name the patient model, so it is checked for identifiers',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, 1000, { message: 'notes must be at most 1000 characters long' })
  notes?: string | null;
}

/** What an examiner states about one sitting; the result is graded from it, never given. */
@InputType({ description: 'A sitting of a practical exam: the day, the place, every item marked' })
export class PracticalExamSittingInput {
  @Field({ description: 'YYYY-MM-DD, not in the future' })
  @IsCalendarDate()
  examinedOn: string;

  @Field(() => ID, { nullable: true, description: 'The live session it took place at' })
  @IsOptional()
  @IsUUID('all', { message: 'sessionId must be a live session id' })
  sessionId?: string | null;

  @Field(() => [ItemResultInput], { description: 'Every checklist item, each exactly once' })
  @IsArray()
  @ArrayMaxSize(50, { message: 'results may hold at most 50 marks' })
  @ValidateNested({ each: true })
  @Type(() => ItemResultInput)
  results: ItemResultInput[];

  @Field(() => String, { nullable: true, description: 'At most 2000 characters' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, 2000, { message: 'summary must be at most 2000 characters long' })
  summary?: string | null;
}

@InputType({ description: "A candidate's practical exam, recorded and signed by the examiner" })
export class RecordPracticalExamInput extends PracticalExamSittingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'checklistId must be a checklist id' })
  checklistId: string;

  @Field(() => ID, { description: 'The candidate; never the examiner' })
  @IsUUID('all', { message: 'candidateId must be an account id' })
  candidateId: string;
}

@ArgsType()
export class PracticalExamsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "A checklist's records (or give candidateId)" })
  @IsOptional()
  @IsUUID('all', { message: 'checklistId must be a checklist id' })
  checklistId?: string | null;

  @Field(() => ID, { nullable: true, description: "A candidate's records (or give checklistId)" })
  @IsOptional()
  @IsUUID('all', { message: 'candidateId must be an account id' })
  candidateId?: string | null;
}
