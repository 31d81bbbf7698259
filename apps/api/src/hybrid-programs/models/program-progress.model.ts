import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MissingRequirement } from '@fascicle/hybrid';

export enum ProgramRequirementKind {
  COURSE = 'COURSE',
  LIVE_MINUTES = 'LIVE_MINUTES',
  PRACTICAL_EXAM = 'PRACTICAL_EXAM',
  SUPERVISED_SESSIONS = 'SUPERVISED_SESSIONS',
}

registerEnumType(ProgramRequirementKind, { name: 'ProgramRequirementKind' });

@ObjectType('MissingProgramRequirement', {
  description: 'One requirement not met yet, with what counted so far and why',
})
export class MissingRequirementModel {
  @Field(() => ProgramRequirementKind)
  kind: ProgramRequirementKind;

  @Field({ description: 'What is missing, in words' })
  message: string;

  @Field(() => ID, { nullable: true, description: 'COURSE: the course' })
  courseId: string | null;

  @Field(() => Int, { nullable: true, description: 'LIVE_MINUTES: needed' })
  neededMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'LIVE_MINUTES: credited so far' })
  countedMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'SUPERVISED_SESSIONS: needed' })
  neededCount: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SUPERVISED_SESSIONS: confirmed ones that count',
  })
  countedCount: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SUPERVISED_SESSIONS: confirmed by a supervisor who does not meet the rule',
  })
  supervisorNotQualified: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SUPERVISED_SESSIONS: waiting for the supervisor',
  })
  pending: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PRACTICAL_EXAM: attempts recorded, none passed',
  })
  failedAttempts: number | null;

  static from(missing: MissingRequirement): MissingRequirementModel {
    return Object.assign(new MissingRequirementModel(), {
      kind: missing.kind as ProgramRequirementKind,
      message: missing.message,
      courseId: missing.kind === 'COURSE' ? missing.courseId : null,
      neededMinutes: missing.kind === 'LIVE_MINUTES' ? missing.neededMinutes : null,
      countedMinutes: missing.kind === 'LIVE_MINUTES' ? missing.countedMinutes : null,
      neededCount: missing.kind === 'SUPERVISED_SESSIONS' ? missing.neededCount : null,
      countedCount: missing.kind === 'SUPERVISED_SESSIONS' ? missing.countedCount : null,
      supervisorNotQualified:
        missing.kind === 'SUPERVISED_SESSIONS' ? missing.notCounted.supervisorNotQualified : null,
      pending: missing.kind === 'SUPERVISED_SESSIONS' ? missing.notCounted.pending : null,
      failedAttempts: missing.kind === 'PRACTICAL_EXAM' ? missing.failedAttempts : null,
    });
  }
}

@ObjectType('ProgramProgress', {
  description: 'Where a person stands on every requirement of a program, as the award decides it',
})
export class ProgramProgressModel {
  @Field(() => ID)
  programId: string;

  @Field({ description: 'Every requirement holds' })
  met: boolean;

  @Field(() => [MissingRequirementModel], { description: 'In the order the program lists them' })
  missing: MissingRequirementModel[];

  @Field(() => Int, { description: "Credited minutes at the program's live sessions so far" })
  liveMinutes: number;

  @Field(() => Int, { description: 'Confirmed supervised sessions that count so far' })
  supervisedSessionsCounted: number;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the day the program started for this person (first enrollment)',
  })
  startedOn: string | null;
}
