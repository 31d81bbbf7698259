import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource } from 'typeorm';
import { isEmail } from 'class-validator';
import { licenseProblems, passwordProblem, Role } from '@fascicle/common';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import { decodeCursor } from '../common/pagination/connection.js';
import { Clock } from '../config/clock.js';
import { PasswordHasher } from './auth/password-hasher.js';
import { RefreshTokens } from './auth/refresh-tokens.js';
import type { RegisterInput } from './dto/register.input.js';
import { LicenseEntity } from './entities/license.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { RawEntityReader } from '../database/raw-entity-reader.js';

export type NewAccount = Omit<RegisterInput, 'licenseNumber' | 'licenseState'> & {
  licenseNumber?: string | null;
  licenseState?: string | null;
};

/** Accounts: creating them, reading them in batches, changing passwords and roles. */
@Injectable()
export class AccountsService {
  /** Accounts by id: every request with a token reads one (raw-entity-reader.ts). */
  private readonly userRows: RawEntityReader<UserEntity>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokens,
    private readonly clock: Clock,
  ) {
    this.userRows = new RawEntityReader(db, UserEntity);
  }

  /**
   * Self-service sign-up always makes a LEARNER, with its address not yet verified; other
   * roles are granted by an admin.
   */
  register(input: RegisterInput): Promise<UserEntity> {
    return this.create(input, [Role.LEARNER], { emailVerified: false });
  }

  /**
   * Used by register, the CLI and the demo seed. Checks again what GraphQL input validation
   * checks, because the CLI reaches this without GraphQL. An account an operator makes (the
   * CLI, the demo people) has a verified address; one a person signs up for has not, yet.
   */
  async create(
    input: NewAccount,
    roles: Role[],
    { emailVerified }: { emailVerified: boolean },
  ): Promise<UserEntity> {
    if (!isEmail(input.email.trim())) {
      throw InvalidInputError.of('email', 'email must be a valid email address');
    }
    if (passwordProblem(input.password)) {
      throw InvalidInputError.of('password', 'password must be 12 to 128 characters long');
    }
    const problems = licenseProblems(input);
    if (problems.length > 0) {
      throw new InvalidInputError(
        problems.map(({ field, reason }) => ({
          field,
          message:
            reason === 'REQUIRED'
              ? `${field} is required for this profession (or when the other license field is given)`
              : `${field} is not valid`,
        })),
      );
    }
    const passwordHash = await this.hasher.hash(input.password);
    const licenseNumber = input.licenseNumber?.trim() || null;
    const licenseState = input.licenseState?.trim().toUpperCase() || null;
    try {
      return await this.db.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserEntity, {
            email: input.email.trim().toLowerCase(),
            passwordHash,
            displayName: input.displayName.trim(),
            profession: input.profession,
            roles,
            emailVerifiedAt: emailVerified ? this.clock.now() : null,
          }),
        );
        // The license given at sign-up is the person's first, so their primary one.
        if (licenseNumber && licenseState) {
          await manager.insert(LicenseEntity, {
            userId: user.id,
            state: licenseState,
            profession: input.profession,
            number: licenseNumber,
            isPrimary: true,
          });
        }
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('An account with this email already exists', {
          field: 'email',
          reason: 'EMAIL_TAKEN',
        });
      }
      throw error;
    }
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.manager.findOneBy(UserEntity, { email: email.trim().toLowerCase() });
  }

  async getById(id: string): Promise<UserEntity> {
    const user = await this.db.manager.findOneBy(UserEntity, { id });
    if (!user) throw new NotFoundError('No such user', { field: 'userId' });
    return user;
  }

  /** One query for many ids, in the order asked (DataLoader's contract). */
  async findByIds(ids: readonly string[]): Promise<(UserEntity | null)[]> {
    const users = await this.userRows.where('"id" = ANY($1::uuid[])', [ids]);
    const byId = new Map(users.map((user) => [user.id, user]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Keyset page over (createdAt, id); fetches one extra row to tell if there is more. */
  async page(args: { first: number; after?: string; search?: string }): Promise<UserEntity[]> {
    const query = this.db.manager
      .createQueryBuilder(UserEntity, 'user')
      .orderBy('user.createdAt', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .take(args.first + 1);
    if (args.after) {
      const { key, id } = decodeCursor(args.after);
      if (Number.isNaN(Date.parse(key)))
        throw InvalidInputError.of('after', 'after is not a cursor from this list');
      query.andWhere('(user.createdAt, user.id) > (:key::timestamptz, :id)', { key, id });
    }
    if (args.search) {
      const pattern = `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((q) =>
          q
            .where('user.email ILIKE :pattern', { pattern })
            .orWhere('user.displayName ILIKE :pattern', { pattern }),
        ),
      );
    }
    return query.getMany();
  }

  async changePassword(userId: string, current: string, next: string): Promise<void> {
    await this.confirmPassword(userId, current, 'currentPassword');
    const passwordHash = await this.hasher.hash(next);
    await this.db.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: userId },
        {
          passwordHash,
          passwordChangedAt: this.clock.now(),
        },
      );
      // Every other session ends: a changed password is often a response to a leak.
      await this.refreshTokens.revokeAllForUser(userId, 'PASSWORD_CHANGED', manager);
    });
  }

  /** Asked again before an account changes hands or ends: the session alone is not enough. */
  async confirmPassword(userId: string, password: string, field: string): Promise<void> {
    const user = await this.getById(userId);
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      // BAD_USER_INPUT, not UNAUTHENTICATED: the session is fine, the field is wrong.
      throw InvalidInputError.of(field, 'The current password is not correct');
    }
  }

  async setRoles(userId: string, roles: Role[]): Promise<UserEntity> {
    const user = await this.getById(userId);
    user.roles = [...new Set(roles)];
    return this.db.manager.save(user);
  }
}
