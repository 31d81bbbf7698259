import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LiveSessionKind } from '../../live-sessions/live-session-kind.js';

/** The supervisor rules a program can ask for, each written out in libs/hybrid with its source. */
export enum SupervisorRulePreset {
  FLORIDA = 'FLORIDA',
}

registerEnumType(SupervisorRulePreset, {
  name: 'SupervisorRulePreset',
  valuesMap: {
    FLORIDA: {
      description:
        'Fla. Admin. Code R. 64B17-6.008: a PT licensed in any state or DC with a year and 25 sessions of dry needling who meets Florida’s own rule',
    },
  },
});

/** A whole number of days no one would mean: 20 years. */
const MAX_PERIOD_DAYS = 7300;
/** 200 hours of live sessions: far beyond any board's figure (Florida asks 50). */
const MAX_LIVE_MINUTES = 12_000;

@InputType({ description: 'Credited live minutes of one kind of session (or any kind)' })
export class LiveMinutesRequirementInput {
  @Field(() => LiveSessionKind, { nullable: true, description: 'null: sessions of any kind' })
  @IsOptional()
  @IsEnum(LiveSessionKind, { message: 'sessionKind must be LAB or WEBINAR' })
  sessionKind?: LiveSessionKind | null;

  @Field(() => Int, { description: 'At least this many credited minutes (1 to 12,000)' })
  @IsInt({ message: 'minimumMinutes must be a whole number' })
  @Min(1, { message: 'minimumMinutes must be 1 to 12000' })
  @Max(MAX_LIVE_MINUTES, { message: 'minimumMinutes must be 1 to 12000' })
  minimumMinutes: number;
}

@InputType({ description: 'Confirmed supervised patient sessions, within a period or not' })
export class SupervisedSessionsRequirementInput {
  @Field(() => Int, { description: 'At least this many confirmed sessions (1 to 1,000)' })
  @IsInt({ message: 'minimumCount must be a whole number' })
  @Min(1, { message: 'minimumCount must be 1 to 1000' })
  @Max(1000, { message: 'minimumCount must be 1 to 1000' })
  minimumCount: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only sessions within this many days of the day the person started the program count; null: no period',
  })
  @IsOptional()
  @IsInt({ message: 'withinDays must be a whole number' })
  @Min(1, { message: `withinDays must be 1 to ${MAX_PERIOD_DAYS}` })
  @Max(MAX_PERIOD_DAYS, { message: `withinDays must be 1 to ${MAX_PERIOD_DAYS}` })
  withinDays?: number | null;
}

@InputType({
  description:
    'What a program asks beyond its courses; replaces what it asked before (credentials already issued stay valid)',
})
export class SetHandsOnRequirementsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programId is not a valid id' })
  programId: string;

  @Field(() => [LiveMinutesRequirementInput], { defaultValue: [] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LiveMinutesRequirementInput)
  liveMinutes: LiveMinutesRequirementInput[];

  @Field({
    defaultValue: false,
    description: "Whether a passed practical examination of the program's checklist is needed",
  })
  @IsBoolean()
  practicalExam: boolean;

  @Field(() => SupervisedSessionsRequirementInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisedSessionsRequirementInput)
  supervisedSessions?: SupervisedSessionsRequirementInput | null;

  @Field(() => SupervisorRulePreset, {
    nullable: true,
    description:
      'The rule a supervisor must meet for their confirmation to count; null: any supervisor',
  })
  @IsOptional()
  @IsEnum(SupervisorRulePreset, { message: 'supervisorRule must be FLORIDA or null' })
  supervisorRule?: SupervisorRulePreset | null;
}
