import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, pageComplexity } from '../common/pagination/connection.args.js';
import { toConnection, type Connection } from '../common/pagination/connection.js';
import { IdArg } from '../common/validation/id-arg.js';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import {
  RecordSupervisedSessionInput,
  SupervisorQualificationInput,
} from './dto/supervised-session.input.js';
import {
  SupervisedSessionConnection,
  SupervisedSessionModel,
  SupervisorQualificationModel,
} from './models/supervised-session.model.js';
import { SupervisedSessions } from './supervised-sessions.service.js';

/** Learners log supervised sessions; the supervisor they name confirms or rejects each. */
@Resolver()
export class SupervisedSessionsResolver {
  constructor(private readonly sessions: SupervisedSessions) {}

  @Mutation(() => SupervisedSessionModel, {
    description:
      'Record a supervised patient session for a program, with nothing that identifies the patient; it waits for the supervisor',
  })
  async recordSupervisedSession(
    @Args('input') input: RecordSupervisedSessionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SupervisedSessionModel> {
    return SupervisedSessionModel.from(await this.sessions.record(input, principal));
  }

  @Mutation(() => SupervisedSessionModel, {
    description:
      "Confirm a session you supervised (the named supervisor only, never one's own); keeps a copy of your qualification",
  })
  async confirmSupervisedSession(
    @IdArg('id') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SupervisedSessionModel> {
    return SupervisedSessionModel.from(await this.sessions.confirm(id, principal));
  }

  @Mutation(() => SupervisedSessionModel, {
    description: 'Reject a session you were named on, with a reason (1 to 500 characters)',
  })
  async rejectSupervisedSession(
    @IdArg('id') id: string,
    @Args('reason') reason: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SupervisedSessionModel> {
    return SupervisedSessionModel.from(await this.sessions.reject(id, reason, principal));
  }

  @Mutation(() => SupervisorQualificationModel, {
    description: 'Record your license and dry needling experience, shown with each confirmation',
  })
  async setSupervisorQualification(
    @Args('input') input: SupervisorQualificationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SupervisorQualificationModel> {
    return SupervisorQualificationModel.from(
      await this.sessions.setQualification(input, principal),
    );
  }

  @Query(() => SupervisorQualificationModel, {
    nullable: true,
    description: 'Your supervisor qualification; null until you record one',
  })
  async mySupervisorQualification(
    @CurrentPrincipal() principal: Principal,
  ): Promise<SupervisorQualificationModel | null> {
    const [row] = await this.sessions.qualificationsByUserIds([principal.userId]);
    return row ? SupervisorQualificationModel.from(row) : null;
  }

  @Query(() => SupervisedSessionConnection, {
    description: 'Supervised sessions you recorded, newest first',
    complexity: pageComplexity,
  })
  async mySupervisedSessions(
    @Args() args: ConnectionArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Connection<SupervisedSessionModel>> {
    const rows = await this.sessions.mine(principal.userId, args);
    return toConnection(
      rows,
      args.first,
      (r) => r.recordedAt.toISOString(),
      SupervisedSessionModel.from,
    );
  }

  @Query(() => SupervisedSessionConnection, {
    description: 'Sessions that name you as supervisor and wait for you, newest first',
    complexity: pageComplexity,
  })
  async sessionsToConfirm(
    @Args() args: ConnectionArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Connection<SupervisedSessionModel>> {
    const rows = await this.sessions.toConfirm(principal.userId, args);
    return toConnection(
      rows,
      args.first,
      (r) => r.recordedAt.toISOString(),
      SupervisedSessionModel.from,
    );
  }
}
