import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { SupervisedSessionModel } from '../practice-logs/models/supervised-session.model.js';
import { SupervisorCheckModel } from './models/supervisor-check.model.js';
import { supervisorCheck } from './supervisor-check.js';

@Resolver(() => SupervisedSessionModel)
export class SupervisorCheckResolver {
  @ResolveField(() => SupervisorCheckModel, {
    nullable: true,
    description:
      "Whether the confirmation counts under the program's supervisor rule; null until confirmed",
  })
  async supervisorCheck(
    @Parent() session: SupervisedSessionModel,
    @Context() context: GraphQLContext,
  ): Promise<SupervisorCheckModel | null> {
    if (!session.qualificationSnapshot) return null;
    const rules = await context.loaders.hybridRulesByProgramId.load(session.programId);
    return SupervisorCheckModel.from(
      supervisorCheck(
        rules?.supervisorRule ?? null,
        session.qualificationSnapshot,
        session.sessionDate,
      ),
    );
  }
}
