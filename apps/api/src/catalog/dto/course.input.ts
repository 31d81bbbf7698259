import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsBoolean,
  IsInt,
  IsOptional,
  Max,
  Min,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CredentialKind, MAX_SCOPE_STATEMENT } from '@fascicle/catalog';
import { Trim } from '../../common/validation/normalize.js';
import '../models/disclosure.model.js';
import { CourseDisclosureInput } from './disclosure.input.js';
import { IsCalendarDate, IsSlug } from './validators.js';

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

  @Field(() => Int, {
    description:
      'Minutes of instruction the course claims (1 to 6000); submission refuses more than the content supports',
  })
  @IsInt({ message: 'creditMinutes must be a whole number of minutes' })
  @Min(1, { message: 'creditMinutes must be between 1 and 6000' })
  @Max(6000, { message: 'creditMinutes must be between 1 and 6000' })
  creditMinutes: number;

  @Field(() => CredentialKind, { defaultValue: CredentialKind.DIDACTIC })
  @IsEnum(CredentialKind, { message: 'credentialKind must be DIDACTIC, LIVE or HYBRID' })
  credentialKind: CredentialKind;

  @Field({
    defaultValue: '',
    description: 'What the certificate attests and what it does not (printed on it)',
  })
  @Trim()
  @IsString()
  @MaxLength(MAX_SCOPE_STATEMENT, {
    message: `scopeStatement must be at most ${MAX_SCOPE_STATEMENT} characters`,
  })
  scopeStatement: string;

  @Field(() => CourseDisclosureInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CourseDisclosureInput)
  disclosure?: CourseDisclosureInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; set to the day of publication when left empty',
  })
  @IsOptional()
  @IsCalendarDate()
  releasedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the last day credit is offered (at most 3 years after the review)',
  })
  @IsOptional()
  @IsCalendarDate()
  creditEndsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the last content review' })
  @IsOptional()
  @IsCalendarDate()
  contentReviewedOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Months a certificate stays valid (1 to 120); none = it does not expire',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'certificateValidityMonths must be between 1 and 120' })
  @Max(120, { message: 'certificateValidityMonths must be between 1 and 120' })
  certificateValidityMonths?: number | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "Learners finish a module's lessons before its quiz, and every lesson before the final exam",
  })
  @IsBoolean()
  quizzesAfterLessons: boolean;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'each learning objective must be 1 to 500 characters' })
  learningObjectives: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'One key per objective, same order (lower-case words and hyphens); questions are tagged with them. Left out: kept by position',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  objectiveKeys?: string[] | null;

  @Field(() => [String], {
    defaultValue: [],
    description:
      'Skills the course names but cannot assess online (e.g. palpation): assessed in the hands-on part',
  })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'each hands-on objective must be 1 to 500 characters' })
  handsOnObjectives: string[];

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
