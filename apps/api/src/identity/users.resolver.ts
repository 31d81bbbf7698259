import { Args, ObjectType, Query, Mutation, Resolver, Context } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { NotFoundError } from '../common/errors/domain-error.js';
import { MAX_PAGE_SIZE } from '../common/pagination/connection.args.js';
import { ConnectionType, toConnection, type Connection } from '../common/pagination/connection.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { AccountsService } from './accounts.service.js';
import { CurrentPrincipal, Roles } from './auth/decorators.js';
import type { Principal } from './auth/principal.js';
import { SetUserRolesInput } from './dto/set-user-roles.input.js';
import { UsersArgs } from './dto/users.args.js';
import { UserModel } from './models/user.model.js';

@ObjectType()
class UserConnection extends ConnectionType(UserModel, 'User') {}

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Query(() => UserModel, { description: 'The signed-in account' })
  async me(
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLContext,
  ): Promise<UserModel> {
    const user = await context.loaders.userById.load(principal.userId);
    if (!user) throw new NotFoundError('This account no longer exists');
    return UserModel.from(user);
  }

  @Roles(Role.ADMIN)
  @Query(() => UserConnection, {
    description: 'All accounts, oldest first (admin)',
    // Clamped so that an oversized `first` reaches input validation and is named there.
    complexity: ({ args, childComplexity }) =>
      Math.min((args as UsersArgs).first, MAX_PAGE_SIZE) * childComplexity,
  })
  async users(@Args() args: UsersArgs): Promise<Connection<UserModel>> {
    const rows = await this.accounts.page(args);
    return toConnection(rows, args.first, (row) => row.createdAt.toISOString(), UserModel.from);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Grant or withdraw platform roles (admin)' })
  async setUserRoles(@Args('input') input: SetUserRolesInput): Promise<UserModel> {
    return UserModel.from(await this.accounts.setRoles(input.userId, input.roles));
  }
}
