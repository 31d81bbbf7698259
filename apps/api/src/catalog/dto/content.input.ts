import { Field, Float, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  Equals,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../common/validation/normalize.js';

@InputType()
export class ModuleFieldsInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'each objective must be 1 to 500 characters' })
  objectives: string[];
}

@InputType()
export class AddModuleInput extends ModuleFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'versionId must be a version id' })
  versionId: string;
}

@InputType()
export class UpdateModuleInput extends PartialType(ModuleFieldsInput, { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsUUID('all', { message: 'moduleId must be a module id' })
  moduleId: string;
}

@InputType()
export class LessonReferenceInput {
  @Field({ description: 'As it should be printed: authors, title, journal, year' })
  @Trim()
  @IsString()
  @Length(3, 1000, { message: 'citation must be 3 to 1000 characters long' })
  citation: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2000)
  url?: string | null;
}

@InputType()
export class LessonFieldsInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field({ description: 'Markdown; stored as written, rendered safely' })
  @IsString()
  @Length(1, 100_000, { message: 'bodyMarkdown must be 1 to 100000 characters long' })
  bodyMarkdown: string;

  @Field(() => Int, { description: 'Minutes a learner must spend on the lesson' })
  @IsInt()
  @Min(1, { message: 'seatTimeMinutes must be at least 1' })
  @Max(600, { message: 'seatTimeMinutes must be at most 600' })
  seatTimeMinutes: number;

  @Field(() => [LessonReferenceInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LessonReferenceInput)
  references: LessonReferenceInput[];
}

@InputType()
export class AddLessonInput extends LessonFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'moduleId must be a module id' })
  moduleId: string;
}

@InputType()
export class UpdateLessonInput extends PartialType(LessonFieldsInput, { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsUUID('all', { message: 'lessonId must be a lesson id' })
  lessonId: string;
}

@InputType()
export class RecordLessonPilotInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'lessonId must be a lesson id' })
  lessonId: string;

  @Field(() => Int, { description: 'Testers from the audience (at least 3)' })
  @IsInt()
  @Min(3, { message: 'testers must be at least 3 (NASBA pilot rule)' })
  @Max(1000)
  testers: number;

  @Field(() => Float, { description: "The testers' median minutes on the lesson" })
  @IsNumber({}, { message: 'medianMinutes must be a number of minutes' })
  @Min(0.5, { message: 'medianMinutes must be at least 0.5' })
  @Max(600, { message: 'medianMinutes must be at most 600' })
  medianMinutes: number;

  @Field({ description: 'Who the testers were and how they were timed' })
  @Trim()
  @IsString()
  @Length(10, 2000, { message: 'note must be 10 to 2000 characters: who tested, and how' })
  note: string;

  @Field({
    description:
      'The testers were from the audience, independent of the authors and not told the expected time',
  })
  @Equals(true, {
    message: 'independentOfAuthors must be true: only an independent pilot replaces the estimate',
  })
  independentOfAuthors: boolean;
}

@InputType()
export class ReorderModulesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'versionId must be a version id' })
  versionId: string;

  @Field(() => [ID], { description: 'Every module of the version, in the new order' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'moduleIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'moduleIds must be module ids' })
  moduleIds: string[];
}

@InputType()
export class ReorderLessonsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'moduleId must be a module id' })
  moduleId: string;

  @Field(() => [ID], { description: 'Every lesson of the module, in the new order' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'lessonIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'lessonIds must be lesson ids' })
  lessonIds: string[];
}
