import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/calendar-date.js';
import { Trim } from '../../common/validation/normalize.js';
import { AdverseEventSeverity, AdverseEventType } from '../practice-log-kinds.js';

@InputType({
  description: 'An adverse event from your own practice, with nothing that identifies the patient',
})
export class RecordAdverseEventInput {
  @Field({ description: 'YYYY-MM-DD, not in the future' })
  @IsCalendarDate()
  eventDate: string;

  @Field(() => AdverseEventSeverity)
  @IsEnum(AdverseEventSeverity, { message: 'severity must be MILD or SIGNIFICANT' })
  severity: AdverseEventSeverity;

  @Field(() => AdverseEventType)
  @IsEnum(AdverseEventType, { message: 'type must be one of the adverse event types' })
  type: AdverseEventType;

  @Field({ description: 'What you did (1 to 2000 characters, no patient identifiers)' })
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'actionTaken must be 1 to 2000 characters long' })
  actionTaken: string;

  @Field({ description: 'How it ended (1 to 2000 characters, no patient identifiers)' })
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'outcome must be 1 to 2000 characters long' })
  outcome: string;
}

@InputType({ description: 'How many dry needling treatments you gave on a day' })
export class RecordTreatmentCountInput {
  @Field({ description: 'YYYY-MM-DD, not in the future' })
  @IsCalendarDate()
  date: string;

  @Field(() => Int, { description: '0 to 1000; recording a day again replaces its count' })
  @IsInt()
  @Min(0, { message: 'count must be 0 to 1000' })
  @Max(1000, { message: 'count must be 0 to 1000' })
  count: number;
}
