import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { NormalizeEmail, Trim } from '../../common/validation/normalize.js';
import { CONTACT_HOUR_INCREMENTS, CONTACT_HOUR_MINUTES } from '@fascicle/catalog';
import { IsCalendarDate } from './validators.js';

@InputType()
export class SendBackCourseVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'versionId must be a version id' })
  versionId: string;

  @Field({ description: 'What the authors must change before submitting again' })
  @Trim()
  @IsString()
  @Length(1, 5000, { message: 'comment must be 1 to 5000 characters long' })
  comment: string;
}

@InputType()
export class RecordCourseApprovalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courseId must be a course id' })
  courseId: string;

  @Field({ description: 'The board or accrediting body' })
  @Trim()
  @IsString()
  @Length(2, 200, { message: 'body must be 2 to 200 characters long' })
  body: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'approvalNumber must be 1 to 100 characters long' })
  approvalNumber: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; none = open' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;

  @Field({ defaultValue: false, description: 'A demonstration record, not a real approval' })
  @IsBoolean()
  isSample: boolean;

  @Field(() => Int, {
    defaultValue: 60,
    description: "The body's contact hour in minutes: 50 (most PT boards) or 60 (IACET, nursing)",
  })
  @IsIn([...CONTACT_HOUR_MINUTES], { message: 'minutesPerHour must be 50 or 60' })
  minutesPerHour: number;

  @Field(() => Float, {
    defaultValue: 0.25,
    description: "The body's step of credit in hours: 0.1, 0.25, 0.5 or 1",
  })
  @IsIn([...CONTACT_HOUR_INCREMENTS], { message: 'increment must be 0.1, 0.25, 0.5 or 1' })
  increment: number;
}

@InputType()
export class OverrideCreditGatesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'versionId must be a version id' })
  versionId: string;

  @Field({ description: 'Why credit is justified despite the gates (audited; 20–2000 characters)' })
  @Trim()
  @IsString()
  @Length(20, 2000, { message: 'reason must be 20 to 2000 characters: say why the credit holds' })
  reason: string;
}

@InputType()
export class SetCoursePrerequisitesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courseId must be a course id' })
  courseId: string;

  @Field(() => [ID])
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'prerequisiteCourseIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'prerequisiteCourseIds must be course ids' })
  prerequisiteCourseIds: string[];
}

@InputType()
export class AddCourseAuthorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courseId must be a course id' })
  courseId: string;

  @Field({ description: 'Email of an instructor account' })
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  email: string;
}

@InputType()
export class RemoveCourseAuthorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courseId must be a course id' })
  courseId: string;

  @Field(() => ID, { description: 'The author to remove' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;
}
