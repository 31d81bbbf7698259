import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '../common/errors/domain-error.js';
import { ConnectionArgs, pageComplexity } from '../common/pagination/connection.args.js';
import { toConnection, type Connection } from '../common/pagination/connection.js';
import { IdArg } from '../common/validation/id-arg.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { LicenseModel } from '../identity/models/license.model.js';
import { OutsideCeConnection, OutsideCeModel } from './models/outside-ce.model.js';
import { RenewalPlanModel } from './models/renewal-plan.model.js';
import { OutsideCe } from './outside-ce.service.js';
import { RenewalPlans, type PersonCredits, type PlannedLicense } from './renewal-plans.js';

/**
 * A person's credits, read once per request however many of their licenses ask (the GraphQL
 * context's loaders object is made anew for each request, so nothing outlives one).
 */
const creditsOfRequest = new WeakMap<object, Map<string, Promise<PersonCredits>>>();

/** The renewal planner: plans for one's own licenses and the outside CE one records. */
@Resolver(() => LicenseModel)
export class RenewalsResolver {
  constructor(
    private readonly plans: RenewalPlans,
    private readonly outside: OutsideCe,
    private readonly identity: IdentityReader,
  ) {}

  @Query(() => RenewalPlanModel, {
    description:
      "Your license's renewal cycle: hours earned, counted and still needed, topics, due date (owner only)",
  })
  async myRenewalPlan(
    @IdArg('licenseId') licenseId: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLContext,
  ): Promise<RenewalPlanModel> {
    const license = await this.ownLicense(principal.userId, licenseId);
    return this.planOf(license, context);
  }

  @ResolveField(() => RenewalPlanModel, {
    nullable: true,
    description: "This license's renewal plan; null unless it is your own license",
  })
  async renewalPlan(
    @Parent() license: LicenseModel,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLContext,
  ): Promise<RenewalPlanModel | null> {
    const own = await context.loaders.licensesByUserId.load(principal.userId);
    const mine = own.find((row) => row.id === license.id);
    if (!mine) return null;
    return this.planOf(
      { id: mine.id, userId: mine.userId, state: mine.state, expiresOn: mine.expiresOn },
      context,
    );
  }

  @Query(() => OutsideCeConnection, {
    description: 'CE you recorded from outside Fascicle, newest completion first',
    complexity: pageComplexity,
  })
  async myOutsideCe(
    @Args() args: ConnectionArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Connection<OutsideCeModel>> {
    const rows = await this.outside.mine(principal.userId, args);
    return toConnection(rows, args.first, (row) => row.completedOn, OutsideCeModel.from);
  }

  @Mutation(() => Boolean, { description: 'Remove an outside CE record of yours and its file' })
  async removeOutsideCe(
    @IdArg('id') id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.outside.remove(principal.userId, id);
    return true;
  }

  private async ownLicense(userId: string, licenseId: string): Promise<PlannedLicense> {
    const licenses = await this.identity.licensesByUserId(userId);
    const license = licenses.find((row) => row.id === licenseId);
    // Another person's license answers as if it did not exist.
    if (!license) throw new NotFoundError('No such license');
    return { id: license.id, userId, state: license.state, expiresOn: license.expiresOn };
  }

  private async planOf(
    license: PlannedLicense,
    context: GraphQLContext,
  ): Promise<RenewalPlanModel> {
    let perUser = creditsOfRequest.get(context.loaders);
    if (!perUser) {
      perUser = new Map();
      creditsOfRequest.set(context.loaders, perUser);
    }
    let credits = perUser.get(license.userId);
    if (!credits) {
      credits = this.plans.creditsOf([license.userId]).then((map) => map.get(license.userId)!);
      perUser.set(license.userId, credits);
    }
    const { plan, rule } = this.plans.plan(license, await credits);
    return RenewalPlanModel.from(license.id, plan, rule);
  }
}
