import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { IsCalendarDate } from '../../common/validation/calendar-date.js';
import { NormalizeEmail, Trim } from '../../common/validation/normalize.js';
import { BodyRegion } from '../practice-log-kinds.js';

/** No field asks for anything about the patient; free text is checked for identifiers. */
@InputType({
  description: 'A supervised patient session, with nothing that identifies the patient',
})
export class RecordSupervisedSessionInput {
  @Field(() => ID, { description: 'The program the session counts toward' })
  @IsUUID('all', { message: 'programId must be a program id' })
  programId: string;

  @Field({ description: 'YYYY-MM-DD, not in the future' })
  @IsCalendarDate()
  sessionDate: string;

  @Field(() => [BodyRegion], { description: 'The regions needled (1 to 11, each once)' })
  @IsArray()
  @ArrayMinSize(1, { message: 'bodyRegions must name at least one region' })
  @ArrayUnique({ message: 'bodyRegions must name each region once' })
  @IsEnum(BodyRegion, { each: true, message: 'bodyRegions must name body regions' })
  bodyRegions: BodyRegion[];

  @Field(() => [String], { description: 'Short names of the muscles needled (1 to 30)' })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value,
  )
  @IsArray()
  @ArrayMinSize(1, { message: 'muscles must name at least one muscle' })
  @ArrayMaxSize(30, { message: 'muscles may name at most 30 muscles' })
  @IsString({ each: true })
  @Length(1, 60, { each: true, message: 'each muscle must be 1 to 60 characters long' })
  muscles: string[];

  @Field(() => Int, { description: '1 to 100' })
  @IsInt()
  @Min(1, { message: 'needleCount must be 1 to 100' })
  @Max(100, { message: 'needleCount must be 1 to 100' })
  needleCount: number;

  @Field(() => ID, {
    nullable: true,
    description: "The supervisor's account; or give supervisorEmail (exactly one)",
  })
  @IsOptional()
  @IsUUID('all', { message: 'supervisorId must be an account id' })
  supervisorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The supervisor's email; or give supervisorId (exactly one). Only a supervisor who has recorded their qualification is found by email",
  })
  @IsOptional()
  @NormalizeEmail()
  @IsEmail({}, { message: 'supervisorEmail must be a valid email address' })
  @MaxLength(254, { message: 'supervisorEmail must be at most 254 characters long' })
  supervisorEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional notes (at most 2000 characters) with nothing that identifies the patient: no dates, record numbers, phone numbers or emails',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, 2000, { message: 'notes must be at most 2000 characters long' })
  notes?: string | null;
}

@InputType({ description: "A supervisor's qualification, recorded on their profile" })
export class SupervisorQualificationInput {
  @Field({ description: 'The state of the license, two letters (e.g. FL)' })
  @Trim()
  @IsString()
  @Length(2, 2, { message: 'licenseState must be a two-letter state code' })
  licenseState: string;

  @Field({ description: 'The license number (1 to 40 characters)' })
  @Trim()
  @IsString()
  @Length(1, 40, { message: 'licenseNumber must be 1 to 40 characters long' })
  licenseNumber: string;

  @Field(() => Int, { description: 'Whole years of dry needling practice (0 to 70)' })
  @IsInt()
  @Min(0, { message: 'dryNeedlingYears must be 0 to 70' })
  @Max(70, { message: 'dryNeedlingYears must be 0 to 70' })
  dryNeedlingYears: number;

  @Field(() => Int, { description: 'Dry needling sessions of their own (0 to 1,000,000)' })
  @IsInt()
  @Min(0, { message: 'ownSessions must be 0 to 1000000' })
  @Max(1_000_000, { message: 'ownSessions must be 0 to 1000000' })
  ownSessions: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether you meet the program state's own rule for dry needling (Florida asks it of a supervisor); leave out if you do not know",
  })
  @IsOptional()
  @IsBoolean()
  meetsStateQualification?: boolean | null;
}
