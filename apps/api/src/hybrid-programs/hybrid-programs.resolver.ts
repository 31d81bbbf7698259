import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import { InvalidInputError } from '../common/errors/domain-error.js';
import { Clock, todayUtc } from '../config/clock.js';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import { CredentialProgramModel } from '../credentials/models/credential-program.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { SetHandsOnRequirementsInput } from './dto/hands-on-requirements.input.js';
import { HybridProgramRules } from './hybrid-program-rules.service.js';
import { HandsOnRequirementsModel } from './models/hands-on-requirements.model.js';
import { MissingRequirementModel, ProgramProgressModel } from './models/program-progress.model.js';
import { ProgramProgress } from './program-progress.service.js';

@Resolver(() => CredentialProgramModel)
export class HybridProgramsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rules: HybridProgramRules,
    private readonly progress: ProgramProgress,
    private readonly credentials: CredentialsReader,
    private readonly clock: Clock,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => HandsOnRequirementsModel, {
    nullable: true,
    description:
      'Sets what a program asks beyond its courses (live minutes, a practical examination, supervised sessions, a supervisor rule); null when it asks nothing more',
  })
  async setProgramHandsOnRequirements(
    @Args('input') input: SetHandsOnRequirementsInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<HandsOnRequirementsModel | null> {
    const rules = await this.rules.set(input, principal);
    return rules ? HandsOnRequirementsModel.from(rules) : null;
  }

  @ResolveField(() => HandsOnRequirementsModel, {
    nullable: true,
    description: 'What the program asks beyond its courses; null: coursework only',
  })
  async handsOnRequirements(
    @Parent() program: CredentialProgramModel,
    @Context() context: GraphQLContext,
  ): Promise<HandsOnRequirementsModel | null> {
    const rules = await context.loaders.hybridRulesByProgramId.load(program.id);
    return rules ? HandsOnRequirementsModel.from(rules) : null;
  }

  @Query(() => ProgramProgressModel, {
    description: 'Where you stand on every requirement of a program, as its award decides it',
  })
  async myProgramProgress(
    @Args('programId', { type: () => ID }) programId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProgramProgressModel> {
    const [program] = await this.credentials.programsByIds([programId]);
    if (!program) throw InvalidInputError.of('programId', 'No program has this id');
    const [rules = null] = await this.rules.byProgramIds([programId]);
    const standing = await this.progress.standing(
      this.db.manager,
      principal.userId,
      programId,
      rules,
      todayUtc(this.clock),
      true,
    );
    return Object.assign(new ProgramProgressModel(), {
      programId,
      met: standing.result.met,
      missing: standing.result.missing.map((missing) => MissingRequirementModel.from(missing)),
      liveMinutes: standing.liveMinutes,
      supervisedSessionsCounted: standing.supervisedSessionsCounted,
      startedOn: standing.startedOn,
    });
  }
}
