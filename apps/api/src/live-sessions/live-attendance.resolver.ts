import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { pageComplexity } from '../common/pagination/connection.args.js';
import { toConnection, type Connection } from '../common/pagination/connection.js';
import { IdArg } from '../common/validation/id-arg.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { CorrectLiveAttendanceInput, LiveAttendanceArgs } from './dto/live-attendance.input.js';
import { LiveAttendanceRecords } from './live-attendance.service.js';
import { LiveCheckIn } from './live-check-in.service.js';
import { LiveRegistrationStatus } from './live-session-kind.js';
import {
  CheckInCodeModel,
  LiveAttendanceConnection,
  LiveAttendanceModel,
} from './models/live-attendance.model.js';
import { LiveSessionModel } from './models/live-session.model.js';

/** Check-in by the rotating code; the instructors' roster and corrections. */
@Resolver(() => LiveAttendanceModel)
export class LiveAttendanceResolver {
  constructor(
    private readonly checkIns: LiveCheckIn,
    private readonly records: LiveAttendanceRecords,
  ) {}

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => CheckInCodeModel, {
    description:
      "The check-in code of this minute, as a URL and a QR code (the session's instructors or an admin, from 30 minutes before the start to 30 minutes after the end)",
  })
  liveSessionCheckInCode(
    @IdArg('sessionId') sessionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CheckInCodeModel> {
    return this.checkIns.code(sessionId, principal);
  }

  @Mutation(() => LiveAttendanceModel, {
    description:
      "Scan the code on the session's screen: the first scan records your arrival, a later one your departure (a seat is needed)",
  })
  async checkInToLiveSession(
    @IdArg('sessionId') sessionId: string,
    @Args('code') code: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LiveAttendanceModel> {
    const { session, attendance } = await this.checkIns.checkIn(sessionId, code, principal);
    return LiveAttendanceModel.from(session, attendance.userId, attendance);
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => LiveAttendanceModel, {
    description:
      "Correct a learner's arrival and departure, or record them for one who never scanned, with a reason (the session's instructors or an admin; audited)",
  })
  async correctLiveAttendance(
    @Args('input') input: CorrectLiveAttendanceInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LiveAttendanceModel> {
    const { session, attendance } = await this.records.correct(input, principal);
    return LiveAttendanceModel.from(session, attendance.userId, attendance);
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => LiveAttendanceConnection, {
    description:
      "Every learner with a seat, in order of registration, with their attendance and credited minutes (the session's instructors or an admin)",
    complexity: pageComplexity,
  })
  async liveSessionAttendance(
    @Args() args: LiveAttendanceArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Connection<LiveAttendanceModel>> {
    const { session, rows } = await this.records.roster(args, principal);
    return toConnection(
      rows,
      args.first,
      (row) => String(row.queueNumber),
      (row) => LiveAttendanceModel.from(session, row.userId, row.attendance),
    );
  }

  @ResolveField(() => String, { description: "The learner's name" })
  async learnerName(
    @Parent() attendance: LiveAttendanceModel,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return (await context.loaders.userById.load(attendance.userId))?.displayName ?? '';
  }
}

/** The signed-in learner's own attendance, beside their registration. */
@Resolver(() => LiveSessionModel)
export class LiveSessionAttendanceFieldResolver {
  @ResolveField(() => LiveAttendanceModel, {
    nullable: true,
    description: 'Your own attendance and credited minutes; null without a seat',
  })
  async myAttendance(
    @Parent() session: LiveSessionModel,
    @Context() context: GraphQLContext,
  ): Promise<LiveAttendanceModel | null> {
    const userId = context.req.principal?.userId;
    if (!userId) return null;
    const key = { userId, sessionId: session.id };
    const [registration, attendance] = await Promise.all([
      context.loaders.liveSessionRegistration.load(key),
      context.loaders.liveSessionAttendance.load(key),
    ]);
    if (!attendance && registration?.registration.status !== LiveRegistrationStatus.REGISTERED)
      return null;
    return LiveAttendanceModel.from(session, userId, attendance);
  }
}
