import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.args.js';
import { Trim } from '../../common/validation/normalize.js';

export const CORRECTION_REASON_LENGTH = { min: 10, max: 500 } as const;

@InputType({
  description:
    "An instructor's correction of a learner's attendance (or a record for one who never scanned)",
})
export class CorrectLiveAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId is not a valid id' })
  sessionId: string;

  @Field(() => ID, { description: 'The learner, who has a seat at the session' })
  @IsUUID('all', { message: 'userId is not a valid id' })
  userId: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The arrival, within an hour of the session; null: did not attend',
  })
  @IsOptional()
  @IsDate({ message: 'checkedInAt must be a date and time' })
  checkedInAt?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The departure, after the arrival and within an hour of the session',
  })
  @IsOptional()
  @IsDate({ message: 'checkedOutAt must be a date and time' })
  checkedOutAt?: Date | null;

  @Field({ description: 'Why: 10 to 500 characters, kept in the audit trail' })
  @Trim()
  @IsString({ message: 'reason is required' })
  @Length(CORRECTION_REASON_LENGTH.min, CORRECTION_REASON_LENGTH.max, {
    message: `reason must be ${CORRECTION_REASON_LENGTH.min} to ${CORRECTION_REASON_LENGTH.max} characters long`,
  })
  reason: string;
}

@ArgsType()
export class LiveAttendanceArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId is not a valid id' })
  sessionId: string;
}
