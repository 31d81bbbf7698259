import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AccountsService } from './accounts.service.js';
import { ClientAddress, CurrentPrincipal, Public } from './auth/decorators.js';
import type { Principal } from './auth/principal.js';
import { ChangePasswordInput } from './dto/change-password.input.js';
import { LoginInput } from './dto/login.input.js';
import { RefreshTokenInput } from './dto/refresh-token.input.js';
import { RegisterInput } from './dto/register.input.js';
import { AuthPayloadModel } from './models/auth-payload.model.js';
import { SessionsService } from './sessions.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Create a learner account and sign in' })
  async register(@Args('input') input: RegisterInput): Promise<AuthPayloadModel> {
    const user = await this.accounts.register(input);
    return this.sessions.startSession(user);
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  login(
    @Args('input') input: LoginInput,
    @ClientAddress() address: string,
  ): Promise<AuthPayloadModel> {
    return this.sessions.login(input.email, input.password, address);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Exchange a refresh token (once) for a new session',
  })
  refreshToken(@Args('input') input: RefreshTokenInput): Promise<AuthPayloadModel> {
    return this.sessions.refresh(input.refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: "End the refresh token's session" })
  async logout(@Args('input') input: RefreshTokenInput): Promise<boolean> {
    await this.sessions.logout(input.refreshToken);
    return true;
  }

  @Mutation(() => Boolean, { description: 'End every session of the signed-in account' })
  async logoutEverywhere(@CurrentPrincipal() principal: Principal): Promise<boolean> {
    await this.sessions.logoutEverywhere(principal.userId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Change password; ends every session' })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.accounts.changePassword(principal.userId, input.currentPassword, input.newPassword);
    return true;
  }
}
