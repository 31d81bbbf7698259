import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@fascicle/common';
import { ForbiddenError, UnauthenticatedError } from '../../common/errors/domain-error.js';
import { AccessTokens } from './access-tokens.js';
import { PUBLIC_KEY, ROLES_KEY } from './decorators.js';
import { hasAnyRole } from './principal.js';
import { requestOf } from './request-of.js';

/**
 * The global guard: every operation needs a valid access token unless it is @Public(),
 * and a @Roles(...) operation needs one of those roles. Resource ownership is checked in
 * the services, which know what is being touched.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const request = requestOf(context);
    const token = bearerToken(request.headers.authorization);

    if (isPublic) {
      // A stale token must not stop someone from signing in again: public operations
      // look at a token only if it is valid.
      if (token) request.principal = (await this.tokens.verifyOrNull(token)) ?? undefined;
      return true;
    }
    if (!token) throw new UnauthenticatedError('Sign in to continue');
    const principal = await this.tokens.verifyOrNull(token);
    if (!principal) throw new UnauthenticatedError('Your session is invalid or has expired');
    request.principal = principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !hasAnyRole(principal, roles)) {
      throw new ForbiddenError(`This needs one of these roles: ${roles.join(', ')}`);
    }
    return true;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(header ?? '');
  return match ? match[1]! : null;
}
