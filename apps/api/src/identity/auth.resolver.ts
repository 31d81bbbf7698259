import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { UnauthenticatedError } from '../common/errors/domain-error.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { RequestLimiter } from '../rate-limits/request-limiter.js';
import { AccountRecoveryService } from './account-recovery.service.js';
import { AccountsService } from './accounts.service.js';
import { ClientAddress, CurrentPrincipal, Public } from './auth/decorators.js';
import type { Principal } from './auth/principal.js';
import { RefreshCookie } from './auth/refresh-cookie.js';
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
    private readonly cookie: RefreshCookie,
    private readonly limits: RequestLimiter,
    private readonly recovery: AccountRecoveryService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Create a learner account and sign in' })
  async register(
    @Args('input') input: RegisterInput,
    @ClientAddress() address: string,
    @Context() { reply }: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    await this.limits.take('registration', address);
    const user = await this.accounts.register(input);
    await this.recovery.sendVerification(user.id);
    return this.withCookie(reply, await this.sessions.startSession(user));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async login(
    @Args('input') input: LoginInput,
    @ClientAddress() address: string,
    @Context() { reply }: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return this.withCookie(reply, await this.sessions.login(input.email, input.password, address));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Exchange a refresh token (once) for a new session',
  })
  async refreshToken(
    @Context() { req, reply }: GraphQLContext,
    @Args('input', { nullable: true }) input?: RefreshTokenInput,
  ): Promise<AuthPayloadModel> {
    const token = input?.refreshToken ?? this.cookie.read(req);
    if (!token) {
      throw new UnauthenticatedError('Sign in to continue', { reason: 'REFRESH_TOKEN_MISSING' });
    }
    try {
      return this.withCookie(reply, await this.sessions.refresh(token));
    } catch (error) {
      // A dead token in the cookie would be sent (and refused) on every page load.
      this.cookie.clear(reply);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, {
    description: "End the refresh token's session (the body's token, or else the cookie's)",
  })
  async logout(
    @Context() { req, reply }: GraphQLContext,
    @Args('input', { nullable: true }) input?: RefreshTokenInput,
  ): Promise<boolean> {
    const token = input?.refreshToken ?? this.cookie.read(req);
    if (token) await this.sessions.logout(token);
    this.cookie.clear(reply);
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

  private withCookie(reply: GraphQLContext['reply'], payload: AuthPayloadModel): AuthPayloadModel {
    this.cookie.set(reply, payload.refreshToken, payload.refreshTokenExpiresAt);
    return payload;
  }
}
