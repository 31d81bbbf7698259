import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { AdverseEventModel } from './models/adverse-event.model.js';
import {
  SupervisedSessionModel,
  SupervisorQualificationModel,
} from './models/supervised-session.model.js';

/** Names and the supervisor's current qualification, batched per request. */
@Resolver(() => SupervisedSessionModel)
export class SupervisedSessionFieldsResolver {
  @ResolveField(() => String, { description: "The learner's name" })
  async learnerName(
    @Parent() session: SupervisedSessionModel,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return (await context.loaders.userById.load(session.learnerId))?.displayName ?? '';
  }

  @ResolveField(() => String, { description: "The supervisor's name" })
  async supervisorName(
    @Parent() session: SupervisedSessionModel,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return (await context.loaders.userById.load(session.supervisorId))?.displayName ?? '';
  }

  @ResolveField(() => SupervisorQualificationModel, {
    nullable: true,
    description: "The supervisor's qualification as recorded now; null until they record one",
  })
  async supervisorQualification(
    @Parent() session: SupervisedSessionModel,
    @Context() context: GraphQLContext,
  ): Promise<SupervisorQualificationModel | null> {
    const row = await context.loaders.supervisorQualificationByUserId.load(session.supervisorId);
    return row ? SupervisorQualificationModel.from(row) : null;
  }
}

@Resolver(() => AdverseEventModel)
export class AdverseEventFieldsResolver {
  @ResolveField(() => String, { description: "The clinician's name" })
  async clinicianName(
    @Parent() event: AdverseEventModel,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return (await context.loaders.userById.load(event.clinicianId))?.displayName ?? '';
  }
}
