import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LiveCreditOutcome } from '@fascicle/hybrid';
import { ConnectionType } from '../../common/pagination/connection.js';
import { attendanceCredit } from '../attendance-credit.js';
import type { LiveSessionAttendanceEntity } from '../entities/live-session-attendance.entity.js';
import type { LiveSessionKind } from '../live-session-kind.js';

/** libs/hybrid's outcomes, as a GraphQL enum; `satisfies` keeps the two lists the same. */
export const LiveAttendanceOutcome = {
  FULL: 'FULL',
  PARTIAL: 'PARTIAL',
  BELOW_REQUIRED_SHARE: 'BELOW_REQUIRED_SHARE',
  NO_CHECK_OUT: 'NO_CHECK_OUT',
  NOT_ATTENDED: 'NOT_ATTENDED',
} as const satisfies { [K in LiveCreditOutcome]: K };

registerEnumType(LiveAttendanceOutcome, {
  name: 'LiveAttendanceOutcome',
  description: 'Why the credited minutes are what they are (docs/hybrid.md, credited live minutes)',
  valuesMap: {
    FULL: { description: 'Present for the whole session (within the grace periods)' },
    PARTIAL: { description: 'Credited the minutes attended, fewer than scheduled' },
    BELOW_REQUIRED_SHARE: { description: 'A lab attended for less than 75 %: nothing credited' },
    NO_CHECK_OUT: { description: 'No departure recorded: nothing credited until it is' },
    NOT_ATTENDED: { description: 'No arrival, or no time inside the session' },
  },
});

/** What the credit is computed from: the session's kind and schedule. */
export interface CreditedSession {
  id: string;
  kind: LiveSessionKind;
  startsAt: Date;
  endsAt: Date;
}

@ObjectType('LiveAttendance', {
  description: "A learner's arrival and departure at a live session, and the minutes credited",
})
export class LiveAttendanceModel {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  checkedInAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  checkedOutAt: Date | null;

  @Field(() => Int, { description: 'Whole minutes credited (never rounded up)' })
  creditedMinutes: number;

  @Field(() => Int, { description: 'Whole minutes inside the session, after the grace periods' })
  attendedMinutes: number;

  @Field(() => Int)
  scheduledMinutes: number;

  @Field(() => LiveAttendanceOutcome)
  outcome: LiveCreditOutcome;

  @Field({ description: 'Whether an instructor corrected (or recorded) it' })
  corrected: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  correctedAt: Date | null;

  @Field(() => String, { nullable: true })
  correctionReason: string | null;

  static from(
    session: CreditedSession,
    userId: string,
    row: LiveSessionAttendanceEntity | null,
  ): LiveAttendanceModel {
    const credit = attendanceCredit(session, row);
    return Object.assign(new LiveAttendanceModel(), {
      sessionId: session.id,
      userId,
      checkedInAt: row?.checkedInAt ?? null,
      checkedOutAt: row?.checkedOutAt ?? null,
      creditedMinutes: credit.creditedMinutes,
      attendedMinutes: credit.attendedMinutes,
      scheduledMinutes: credit.scheduledMinutes,
      outcome: credit.outcome,
      corrected: row?.correctedAt != null,
      correctedAt: row?.correctedAt ?? null,
      correctionReason: row?.correctionReason ?? null,
    });
  }
}

@ObjectType()
export class LiveAttendanceConnection extends ConnectionType(
  LiveAttendanceModel,
  'LiveAttendance',
) {}

@ObjectType('LiveSessionCheckInCode', {
  description: "The code the session's screen shows as a QR code; it changes every minute",
})
export class CheckInCodeModel {
  @Field()
  code: string;

  @Field({ description: 'The address the QR code holds: the check-in page with the code' })
  url: string;

  @Field({ description: 'The QR code of url, as an SVG document' })
  qrSvg: string;

  @Field(() => GraphQLISODateTime, { description: 'When the screen should ask for the next code' })
  expiresAt: Date;
}
