import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Int } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { pageComplexity } from '../common/pagination/connection.args.js';
import { toConnection, type Connection } from '../common/pagination/connection.js';
import { IdArg } from '../common/validation/id-arg.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { LiveSessionsArgs, ScheduleLiveSessionInput } from './dto/live-session.input.js';
import { LiveRegistrationStatus } from './live-session-kind.js';
import { LiveSessionRegistrations } from './live-session-registrations.service.js';
import { LiveSessions } from './live-sessions.service.js';
import {
  LiveSessionConnection,
  LiveSessionModel,
  LiveSessionRegistrationModel,
} from './models/live-session.model.js';

/** Authors schedule live sessions; signed-in learners take a seat or a waitlist place. */
@Resolver(() => LiveSessionModel)
export class LiveSessionsResolver {
  constructor(
    private readonly sessions: LiveSessions,
    private readonly registrations: LiveSessionRegistrations,
  ) {}

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => LiveSessionModel, {
    description:
      "Schedule a lab or a webinar for a course or a program (the authors of the course, or of one of the program's courses, or an admin)",
  })
  async scheduleLiveSession(
    @Args('input') input: ScheduleLiveSessionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.sessions.schedule(input, principal));
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => LiveSessionModel, {
    description:
      "Cancel a session before it starts (the course's or program's authors, or an admin)",
  })
  async cancelLiveSession(
    @IdArg('id') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.sessions.cancel(id, principal));
  }

  @Query(() => LiveSessionConnection, {
    description: 'Live sessions in order of start, of one course, of one program, or of all',
    complexity: pageComplexity,
  })
  async liveSessions(@Args() args: LiveSessionsArgs): Promise<Connection<LiveSessionModel>> {
    const rows = await this.sessions.page(args);
    return toConnection(
      rows,
      args.first,
      (row) => row.startsAt.toISOString(),
      LiveSessionModel.from,
    );
  }

  @Query(() => LiveSessionModel)
  async liveSession(@IdArg('id') id: string): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.sessions.byId(id));
  }

  @Mutation(() => LiveSessionRegistrationModel, {
    description:
      'Take a seat, or the next place on the waitlist when the seats are gone (until the cut-off)',
  })
  async registerForLiveSession(
    @IdArg('sessionId') sessionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LiveSessionRegistrationModel> {
    return LiveSessionRegistrationModel.from(
      await this.registrations.register(sessionId, principal),
    );
  }

  @Mutation(() => LiveSessionRegistrationModel, {
    description:
      'Give up your seat or waitlist place (until the cut-off); a freed seat goes to the first on the waitlist',
  })
  async cancelLiveSessionRegistration(
    @IdArg('sessionId') sessionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LiveSessionRegistrationModel> {
    return LiveSessionRegistrationModel.from(await this.registrations.cancel(sessionId, principal));
  }

  @ResolveField(() => Int, { description: 'Seats not taken' })
  async seatsLeft(
    @Parent() session: LiveSessionModel,
    @Context() context: GraphQLContext,
  ): Promise<number> {
    const counts = await context.loaders.liveSessionCounts.load(session.id);
    return Math.max(0, session.capacity - counts.registered);
  }

  @ResolveField(() => Int, { description: 'Learners waiting for a seat' })
  async waitlistLength(
    @Parent() session: LiveSessionModel,
    @Context() context: GraphQLContext,
  ): Promise<number> {
    return (await context.loaders.liveSessionCounts.load(session.id)).waitlisted;
  }

  @ResolveField(() => LiveSessionRegistrationModel, {
    nullable: true,
    description: 'Your own registration; null if you never registered',
  })
  async myRegistration(
    @Parent() session: LiveSessionModel,
    @Context() context: GraphQLContext,
  ): Promise<LiveSessionRegistrationModel | null> {
    const userId = context.req.principal?.userId;
    if (!userId) return null;
    const view = await context.loaders.liveSessionRegistration.load({
      userId,
      sessionId: session.id,
    });
    return view && LiveSessionRegistrationModel.from(view);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "A webinar's join link: shown to those with a seat, the session's instructors and admins",
  })
  async joinUrl(
    @Parent() session: LiveSessionModel,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    const principal = context.req.principal;
    if (!session.joinUrlValue || !principal) return null;
    if (principal.roles.includes(Role.ADMIN)) return session.joinUrlValue;
    const key = { userId: principal.userId, sessionId: session.id };
    if (await context.loaders.liveSessionStaffed.load(key)) return session.joinUrlValue;
    const view = await context.loaders.liveSessionRegistration.load(key);
    return view?.registration.status === LiveRegistrationStatus.REGISTERED
      ? session.joinUrlValue
      : null;
  }
}
