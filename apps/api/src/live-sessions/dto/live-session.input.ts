import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.args.js';
import { Trim } from '../../common/validation/normalize.js';
import { LiveSessionKind } from '../live-session-kind.js';

export const LIVE_SESSION_LIMITS = {
  maxHours: 12,
  capacity: { min: 1, max: 200 },
  instructors: { min: 1, max: 50 },
  learnersPerInstructor: { min: 1, max: 200 },
  cutoffHours: { min: 0, max: 336 },
} as const;

@InputType({
  description: 'An in-person lab or a live webinar of a course or of a program (exactly one)',
})
export class ScheduleLiveSessionInput {
  @Field(() => ID, { nullable: true, description: 'The course; or give programId' })
  @IsOptional()
  @IsUUID('all', { message: 'courseId is not a valid id' })
  courseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The credential program; or give courseId' })
  @IsOptional()
  @IsUUID('all', { message: 'programId is not a valid id' })
  programId?: string | null;

  @Field(() => LiveSessionKind)
  @IsEnum(LiveSessionKind, { message: 'kind must be LAB or WEBINAR' })
  kind: LiveSessionKind;

  @Field({ description: '3 to 200 characters' })
  @Trim()
  @IsString()
  @Length(3, 200, { message: 'title must be 3 to 200 characters long' })
  title: string;

  @Field(() => String, { nullable: true, description: "A lab's address (a lab needs one)" })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, 500, { message: 'venue must be 3 to 500 characters long' })
  venue?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A webinar's https join link (a webinar needs one)",
  })
  @IsOptional()
  @Trim()
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'joinUrl must be an https link' },
  )
  @MaxLength(2000, { message: 'joinUrl must be at most 2000 characters long' })
  joinUrl?: string | null;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'startsAt must be a date and time' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime, {
    description: `After startsAt, at most ${LIVE_SESSION_LIMITS.maxHours} hours later`,
  })
  @IsDate({ message: 'endsAt must be a date and time' })
  endsAt: Date;

  @Field(() => Int, { description: 'Seats: 1 to 200, at most instructors × learnersPerInstructor' })
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(LIVE_SESSION_LIMITS.capacity.min, { message: 'capacity must be 1 to 200' })
  @Max(LIVE_SESSION_LIMITS.capacity.max, { message: 'capacity must be 1 to 200' })
  capacity: number;

  @Field(() => Int, { description: 'Instructors present: 1 to 50' })
  @IsInt({ message: 'instructors must be a whole number' })
  @Min(LIVE_SESSION_LIMITS.instructors.min, { message: 'instructors must be 1 to 50' })
  @Max(LIVE_SESSION_LIMITS.instructors.max, { message: 'instructors must be 1 to 50' })
  instructors: number;

  @Field(() => Int, {
    description: 'The ratio: at most this many learners for each instructor (1 to 200)',
  })
  @IsInt({ message: 'learnersPerInstructor must be a whole number' })
  @Min(1, { message: 'learnersPerInstructor must be 1 to 200' })
  @Max(200, { message: 'learnersPerInstructor must be 1 to 200' })
  learnersPerInstructor: number;

  @Field(() => Int, {
    description: 'Registration and cancellation close this many hours before the start (0 to 336)',
  })
  @IsInt({ message: 'registrationCutoffHours must be a whole number' })
  @Min(0, { message: 'registrationCutoffHours must be 0 to 336' })
  @Max(336, { message: 'registrationCutoffHours must be 0 to 336' })
  registrationCutoffHours: number;
}

@ArgsType()
export class LiveSessionsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only this course's sessions" })
  @IsOptional()
  @IsUUID('all', { message: 'courseId is not a valid id' })
  courseId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this program's sessions" })
  @IsOptional()
  @IsUUID('all', { message: 'programId is not a valid id' })
  programId?: string | null;

  @Field({
    defaultValue: false,
    description: 'Only sessions that have not ended yet (the ones a learner can still attend)',
  })
  @IsOptional()
  @IsBoolean({ message: 'upcoming must be true or false' })
  upcoming: boolean = false;
}
