import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PRACTICAL_EXAM_OTHER_ITEMS_PERCENT } from '@fascicle/hybrid';
import { Trim } from '../../common/validation/normalize.js';

@InputType({ description: 'One item the examiner marks passed or failed' })
export class ChecklistItemInput {
  @Field({ description: 'Lower-case words and hyphens, unique in the checklist' })
  @Trim()
  @IsString()
  @Length(1, 60, { message: 'key must be 1 to 60 characters long' })
  key: string;

  @Field({ description: 'What the examiner watches for (1 to 200 characters)' })
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'label must be 1 to 200 characters long' })
  label: string;

  @Field({ description: 'A critical item failed fails the exam, whatever the rest' })
  @IsBoolean()
  critical: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the item is (or is not) critical (at most 500 characters)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, 500, { message: 'description must be at most 500 characters long' })
  description?: string | null;
}

@InputType({ description: "A new version of a program's practical checklist" })
export class CreatePracticalChecklistInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programId must be a program id' })
  programId: string;

  @Field({ description: '1 to 200 characters' })
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field(() => [ChecklistItemInput], {
    description: '1 to 50 items, keys unique, at least one critical',
  })
  @ArrayMinSize(1, { message: 'items must hold at least one item' })
  @ArrayMaxSize(50, { message: 'items may hold at most 50 items' })
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemInput)
  items: ChecklistItemInput[];

  @Field(() => Int, {
    defaultValue: PRACTICAL_EXAM_OTHER_ITEMS_PERCENT,
    description: 'Of the items that are not critical, the whole percent that must pass (0 to 100)',
  })
  @IsInt({ message: 'nonCriticalPassPercent must be a whole number from 0 to 100' })
  @Min(0, { message: 'nonCriticalPassPercent must be a whole number from 0 to 100' })
  @Max(100, { message: 'nonCriticalPassPercent must be a whole number from 0 to 100' })
  nonCriticalPassPercent: number = PRACTICAL_EXAM_OTHER_ITEMS_PERCENT;
}
