import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '../common/errors/domain-error.js';
import { Clock, todayUtc } from '../config/clock.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CurrentPrincipal } from './auth/decorators.js';
import type { Principal } from './auth/principal.js';
import { SaveLicenseInput, UpdateProfileInput } from './dto/profile.input.js';
import { LicenseModel } from './models/license.model.js';
import { UserModel } from './models/user.model.js';
import { ProfileService } from './profile.service.js';

/**
 * A person's own profile, and the licenses on every User: the primary license's number and
 * state (printed on new certificates) and the whole list.
 */
@Resolver(() => UserModel)
export class ProfileResolver {
  constructor(
    private readonly profiles: ProfileService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => UserModel, {
    description: 'Change your name (as certificates print it) or profession',
  })
  async updateProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserModel> {
    return UserModel.from(await this.profiles.updateProfile(principal.userId, input));
  }

  @Mutation(() => UserModel, { description: 'Add a license to your profile, or correct one' })
  async saveLicense(
    @Args('input') input: SaveLicenseInput,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLContext,
  ): Promise<UserModel> {
    await this.profiles.saveLicense(principal.userId, input);
    return this.me(principal, context);
  }

  @Mutation(() => UserModel, { description: 'Remove a license from your profile' })
  async removeLicense(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLContext,
  ): Promise<UserModel> {
    await this.profiles.removeLicense(principal.userId, id);
    return this.me(principal, context);
  }

  @ResolveField(() => [LicenseModel], { description: 'The primary license first' })
  async licenses(
    @Parent() user: UserModel,
    @Context() context: GraphQLContext,
  ): Promise<LicenseModel[]> {
    const today = todayUtc(this.clock);
    return (await context.loaders.licensesByUserId.load(user.id)).map((license) =>
      LicenseModel.from(license, today),
    );
  }

  @ResolveField(() => String, { nullable: true, description: "The primary license's number" })
  async licenseNumber(
    @Parent() user: UserModel,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    return (await this.primary(user, context))?.number ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The primary license's two-letter licensing jurisdiction",
  })
  async licenseState(
    @Parent() user: UserModel,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    return (await this.primary(user, context))?.state ?? null;
  }

  private async primary(user: UserModel, context: GraphQLContext) {
    const licenses = await context.loaders.licensesByUserId.load(user.id);
    return licenses.find((license) => license.isPrimary) ?? null;
  }

  /** The account as it is now, read fresh: the request's loader may hold the old one. */
  private async me(principal: Principal, context: GraphQLContext): Promise<UserModel> {
    context.loaders.licensesByUserId.clear(principal.userId);
    context.loaders.licenseById.clearAll();
    context.loaders.userById.clear(principal.userId);
    const user = await context.loaders.userById.load(principal.userId);
    if (!user) throw new NotFoundError('This account no longer exists');
    return UserModel.from(user);
  }
}
