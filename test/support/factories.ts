import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Profession, Role } from '@fascicle/common';
import { AccountsService } from '../../apps/api/src/identity/accounts.service.js';
import type { TestApp } from './test-app.js';

export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
      user {
        id
        email
        displayName
        roles
        licenseNumber
        licenseState
      }
    }
  }
`;

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        id
        roles
      }
    }
  }
`;

export interface Session {
  userId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

export function registrationInput(overrides: Record<string, unknown> = {}) {
  return {
    email: `pt-${randomBytes(4).toString('hex')}@example.com`,
    password: 'correct horse battery staple',
    displayName: 'Pat Therapist, PT',
    profession: Profession.PHYSICAL_THERAPIST,
    licenseNumber: 'PT-123456',
    licenseState: 'CO',
    ...overrides,
  };
}

/**
 * Signs up a learner through the public API. Their address counts as verified (set in the
 * database, as if they had opened the link) unless `verified: false`: most tests are about
 * what comes after; test/identity/account-recovery.e2e.ts goes through the link.
 */
export async function registerLearner(
  test: TestApp,
  overrides: Record<string, unknown> = {},
  { verified = true }: { verified?: boolean } = {},
): Promise<Session> {
  const input = registrationInput(overrides);
  const data = await test.client.ok<{
    register: { accessToken: string; refreshToken: string; user: { id: string } };
  }>(REGISTER, { input });
  if (verified) {
    await test.app
      .get(DataSource)
      .query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [data.register.user.id]);
  }
  return {
    userId: data.register.user.id,
    email: input.email,
    password: input.password,
    accessToken: data.register.accessToken,
    refreshToken: data.register.refreshToken,
  };
}

/** Creates an account with given roles the way the CLI does, then signs it in. */
export async function userWithRoles(test: TestApp, roles: Role[]): Promise<Session> {
  const input = registrationInput({
    profession: Profession.EDUCATOR,
    licenseNumber: null,
    licenseState: null,
  });
  const user = await test.app.get(AccountsService).create(input, roles, { emailVerified: true });
  const data = await test.client.ok<{
    login: { accessToken: string; refreshToken: string };
  }>(LOGIN, { input: { email: input.email, password: input.password } });
  return { userId: user.id, email: input.email, password: input.password, ...data.login };
}

export const asAdmin = (test: TestApp) => userWithRoles(test, [Role.ADMIN]);
