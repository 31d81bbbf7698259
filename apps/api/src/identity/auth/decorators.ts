import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@fascicle/common';
import { UnauthenticatedError } from '../../common/errors/domain-error.js';
import type { Principal } from './principal.js';
import { requestOf } from './request-of.js';

export const PUBLIC_KEY = 'fascicle:public';
export const ROLES_KEY = 'fascicle:roles';

/** Opens an operation to callers without a token. Everything else requires one. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Restricts an operation to callers holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The verified caller. Only on operations that are not @Public(). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = requestOf(context).principal;
    if (!principal) throw new UnauthenticatedError('Sign in to continue');
    return principal;
  },
);

/** The caller's network address, as Fastify resolved it (honouring TRUST_PROXY). */
export const ClientAddress = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => requestOf(context).ip,
);
