import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { DryNeedlingStatus as Status, SourceKind } from '@fascicle/regulation';
import { IsCalendarDate } from '../../common/validation/calendar-date.js';
import { Trim } from '../../common/validation/normalize.js';
import { DryNeedlingStatus, RuleSourceKind } from '../models/dry-needling-rule.model.js';

@InputType()
export class StateRuleSourceInput {
  @Field()
  @Trim()
  @IsString()
  @Length(3, 300, { message: 'citation must be 3 to 300 characters long' })
  citation: string;

  @Field(() => RuleSourceKind)
  @IsEnum(RuleSourceKind, { message: 'kind must be a kind of primary source' })
  kind: SourceKind;

  @Field()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be a web address' },
  )
  url: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the cited text took effect' })
  @IsOptional()
  @IsCalendarDate()
  effective?: string | null;

  @Field({ description: 'YYYY-MM-DD it was read' })
  @IsCalendarDate()
  checkedOn: string;
}

/** A new version of a state's rule. Numbers left out are "not set or not confirmed", never 0. */
@InputType()
export class RecordDryNeedlingRuleInput {
  @Field({ description: 'Two-letter state' })
  @IsString()
  state: string;

  @Field(() => String, { nullable: true, description: 'Needed for a state with no rule yet' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(2, 60, { message: 'stateName must be 2 to 60 characters long' })
  stateName?: string | null;

  @Field({ description: 'YYYY-MM-DD this version takes effect' })
  @IsCalendarDate()
  effective: string;

  @Field(() => DryNeedlingStatus)
  @IsEnum(DryNeedlingStatus, {
    message: 'status must be PERMITTED, NOT_PERMITTED, PENDING_RULES or UNCLEAR',
  })
  status: Status;

  @Field()
  @Trim()
  @IsString()
  @Length(10, 2000, { message: 'summary must be 10 to 2,000 characters long' })
  summary: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  trainingRequired?: boolean | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'trainingHours must be a number' })
  @Min(0, { message: 'trainingHours must be zero or more' })
  @Max(2000, { message: 'trainingHours must be at most 2,000' })
  trainingHours?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'inPersonHours must be a number' })
  @Min(0, { message: 'inPersonHours must be zero or more' })
  @Max(2000, { message: 'inPersonHours must be at most 2,000' })
  inPersonHours?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  onlineHoursAllowed?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  practicalExam?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'trainingWithinYears must be a whole number' })
  @Min(1, { message: 'trainingWithinYears must be at least 1' })
  @Max(20, { message: 'trainingWithinYears must be at most 20' })
  trainingWithinYears?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'yearsLicensed must be a whole number' })
  @Min(0, { message: 'yearsLicensed must be zero or more' })
  @Max(20, { message: 'yearsLicensed must be at most 20' })
  yearsLicensed?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'supervisedSessions must be a whole number' })
  @Min(0, { message: 'supervisedSessions must be zero or more' })
  @Max(1000, { message: 'supervisedSessions must be at most 1,000' })
  supervisedSessions?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(1, 1000, { message: 'boardFiling must be at most 1,000 characters long' })
  boardFiling?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(1, 1000, { message: 'delegation must be at most 1,000 characters long' })
  delegation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(1, 1000, { message: 'consentAndRecords must be at most 1,000 characters long' })
  consentAndRecords?: string | null;

  @Field({ description: 'True only when a primary source gave every requirement listed' })
  @IsBoolean()
  requirementsConfirmed: boolean;

  @Field(() => [StateRuleSourceInput])
  @IsArray()
  @ArrayMaxSize(20, { message: 'sources may list at most 20 sources' })
  @ValidateNested({ each: true })
  @Type(() => StateRuleSourceInput)
  sources: StateRuleSourceInput[];

  @Field(() => [String], { description: 'What no primary source confirmed' })
  @IsArray()
  @ArrayMaxSize(30, { message: 'unconfirmed may list at most 30 lines' })
  @IsString({ each: true })
  @Length(5, 1000, {
    each: true,
    message: 'each unconfirmed line must be 5 to 1,000 characters long',
  })
  unconfirmed: string[];

  @Field({ description: 'Why this version is recorded (audited)' })
  @Trim()
  @IsString()
  @Length(10, 500, { message: 'reason must be 10 to 500 characters long' })
  reason: string;
}
