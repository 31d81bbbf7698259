import { Field, Float, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  Max,
  Min,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Trim } from '../../common/validation/normalize.js';
import { IsCeHours, IsSlug } from './validators.js';

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a course version says about itself. */
@InputType()
export class CourseFieldsInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'summary must be 1 to 2000 characters long' })
  summary: string;

  @Field({ description: 'Who the course is for' })
  @Trim()
  @IsString()
  @Length(1, 500, { message: 'audience must be 1 to 500 characters long' })
  audience: string;

  @Field(() => Float, { description: 'More than 0, at most 100' })
  @IsCeHours()
  ceHours: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Months a certificate stays valid (1 to 120); none = it does not expire',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'certificateValidityMonths must be between 1 and 120' })
  @Max(120, { message: 'certificateValidityMonths must be between 1 and 120' })
  certificateValidityMonths?: number | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'each learning objective must be 1 to 500 characters' })
  learningObjectives: string[];

  @Field(() => [String], { defaultValue: [], description: 'Lower-case, e.g. dry-needling' })
  @ArrayMaxSize(20)
  @Matches(TAG, { each: true, message: 'each topic tag must be lower-case words and hyphens' })
  @MaxLength(40, { each: true })
  topicTags: string[];
}

@InputType()
export class CreateCourseInput extends CourseFieldsInput {
  @Field()
  @IsSlug()
  slug: string;
}

/** Only the fields given change. */
@InputType()
export class UpdateCourseVersionInput extends PartialType(CourseFieldsInput, {
  omitDefaultValues: true,
}) {
  @Field(() => ID)
  @IsUUID('all', { message: 'versionId must be a version id' })
  versionId: string;

  @Field({ nullable: true, description: 'What changed since the previous version' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  changelog?: string;
}

@InputType()
export class CreateDraftVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courseId must be a course id' })
  courseId: string;

  @Field({ description: 'What this version will change' })
  @Trim()
  @IsString()
  @Length(1, 5000, { message: 'changelog must be 1 to 5000 characters long' })
  changelog: string;
}
