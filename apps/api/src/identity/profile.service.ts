import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  isLicensedProfession,
  licenseRecordProblems,
  type LicenseRecordProblem,
} from '@fascicle/common';
import { checkLicenseNumber } from '@fascicle/regulation';
import { AuditService } from '../audit/audit.service.js';
import { byKey, groupByKey } from '../common/database/batch.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import { Clock, todayUtc } from '../config/clock.js';
import type { SaveLicenseInput, UpdateProfileInput } from './dto/profile.input.js';
import { LicenseEntity } from './entities/license.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { RawEntityReader } from '../database/raw-entity-reader.js';

const RECORD_MESSAGES: Record<LicenseRecordProblem['reason'], string> = {
  INVALID: 'is not valid',
  IN_THE_FUTURE: 'cannot be a day still to come',
  NOT_AFTER_ISSUE: 'must come after the issue date',
};
const RECORD_FIELDS: Record<LicenseRecordProblem['field'], string> = {
  state: 'State',
  number: 'License number',
  issuedOn: 'Issue date',
  expiresOn: 'Expiry date',
};

/**
 * A person's own profile: their name and profession, and the licenses they hold. Every
 * change is audited by the fields it touched (the audit trail keeps ids, never the values);
 * certificates already issued keep what they printed, and can be reissued.
 */
@Injectable()
export class ProfileService {
  /** Every request about a person reads their licenses (raw-entity-reader.ts). */
  private readonly licenseRows: RawEntityReader<LicenseEntity>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    this.licenseRows = new RawEntityReader(db, LicenseEntity);
  }

  /** Each person's licenses, the primary one first, then by state: one query. */
  async licensesByUserIds(userIds: readonly string[]): Promise<LicenseEntity[][]> {
    const rows = userIds.length
      ? await this.licenseRows.where(
          '"user_id" = ANY($1::uuid[]) ORDER BY "is_primary" DESC, "state" ASC, "profession" ASC',
          [[...new Set(userIds)]],
        )
      : [];
    return groupByKey(userIds, rows, (row) => row.userId);
  }

  /** Licenses by id, in the order asked (null for one removed): one query. */
  async licensesByIds(ids: readonly string[]): Promise<(LicenseEntity | null)[]> {
    const rows = ids.length
      ? await this.db.manager.findBy(LicenseEntity, { id: In([...new Set(ids)]) })
      : [];
    return byKey(ids, rows, (row) => row.id);
  }

  async updateProfile(userId: string, input: UpdateProfileInput): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      const user = await this.lockedUser(manager, userId);
      if (isLicensedProfession(input.profession)) {
        const licenses = await manager.countBy(LicenseEntity, { userId });
        if (licenses === 0) {
          throw InvalidInputError.of(
            'profession',
            'Add your license first: certificates for a licensed profession print a license number',
          );
        }
      }
      const fields = (['displayName', 'profession'] as const).filter(
        (field) => user[field] !== input[field],
      );
      if (fields.length === 0) return user;
      await manager.update(
        UserEntity,
        { id: userId },
        {
          displayName: input.displayName,
          profession: input.profession,
        },
      );
      await this.audit.record(manager, {
        actorId: userId,
        action: 'PROFILE_UPDATED',
        subjectType: 'user',
        subjectId: userId,
        details: { fields },
      });
      return manager.findOneByOrFail(UserEntity, { id: userId });
    });
  }

  /**
   * Adds a license, or corrects one (by id). The first license a person records is their
   * primary one; `primary: true` moves the flag to this one.
   */
  async saveLicense(userId: string, input: SaveLicenseInput): Promise<void> {
    const record = {
      state: input.state.trim().toUpperCase(),
      profession: input.profession,
      number: input.number.trim(),
      issuedOn: input.issuedOn?.trim() || null,
      expiresOn: input.expiresOn?.trim() || null,
    };
    const problems = licenseRecordProblems(record, todayUtc(this.clock));
    if (problems.length > 0) {
      throw new InvalidInputError(
        problems.map(({ field, reason }) => ({
          field,
          message: `${RECORD_FIELDS[field]} ${RECORD_MESSAGES[reason]}`,
        })),
      );
    }
    // Boards' tracking systems match the number exactly as the state prints it; where the
    // state's format is published, a number off it is refused here rather than bounced later.
    const check = checkLicenseNumber(record.state, record.profession, record.number);
    if (check.status === 'INVALID') {
      throw new InvalidInputError([{ field: 'number', message: check.message }], 'LICENSE_FORMAT');
    }
    if (check.status === 'VALID') record.number = check.normalized;
    try {
      await this.db.transaction(async (manager) => {
        await this.lockedUser(manager, userId);
        const existing = input.id
          ? await manager.findOneBy(LicenseEntity, { id: input.id, userId })
          : null;
        if (input.id && !existing) {
          throw new NotFoundError('No such license on your profile', { field: 'id' });
        }
        const hasPrimary = await manager.existsBy(LicenseEntity, { userId, isPrimary: true });
        const primary = input.primary === true || existing?.isPrimary === true || !hasPrimary;
        if (primary && input.primary === true) {
          await manager.update(
            LicenseEntity,
            { userId, isPrimary: true, ...(existing ? { id: Not(existing.id) } : {}) },
            { isPrimary: false },
          );
        }
        const status = input.status ?? existing?.status ?? 'ACTIVE';
        const saved = await manager.save(
          manager.create(LicenseEntity, {
            ...existing,
            ...record,
            status,
            userId,
            isPrimary: primary,
          }),
        );
        const fields: string[] = existing
          ? (['state', 'profession', 'number', 'issuedOn', 'expiresOn'] as const).filter(
              (field) => existing[field] !== record[field],
            )
          : [];
        if (existing && status !== existing.status) fields.push('status');
        if (existing && primary !== existing.isPrimary) fields.push('primary');
        await this.audit.record(manager, {
          actorId: userId,
          action: existing ? 'LICENSE_CHANGED' : 'LICENSE_ADDED',
          subjectType: 'user',
          subjectId: userId,
          details: { licenseId: saved.id, fields },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(
          `You already have a license for this profession in ${record.state}: correct that one`,
          { field: 'state', reason: 'LICENSE_EXISTS' },
        );
      }
      throw error;
    }
  }

  /**
   * Removes a license. A person in a licensed profession keeps at least one; when the
   * primary one goes, the most recently changed of the others takes its place.
   */
  async removeLicense(userId: string, licenseId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const user = await this.lockedUser(manager, userId);
      const license = await manager.findOneBy(LicenseEntity, { id: licenseId, userId });
      if (!license) throw new NotFoundError('No such license on your profile', { field: 'id' });
      const others = await manager.find(LicenseEntity, {
        where: { userId, id: Not(licenseId) },
        order: { updatedAt: 'DESC' },
        take: 1,
      });
      if (others.length === 0 && isLicensedProfession(user.profession)) {
        throw new ConflictError(
          'Your certificates must carry a license: add the new one before removing this one',
          { field: 'id', reason: 'LICENSE_REQUIRED' },
        );
      }
      await manager.delete(LicenseEntity, { id: licenseId });
      if (license.isPrimary && others[0]) {
        await manager.update(LicenseEntity, { id: others[0].id }, { isPrimary: true });
      }
      await this.audit.record(manager, {
        actorId: userId,
        action: 'LICENSE_REMOVED',
        subjectType: 'user',
        subjectId: userId,
        details: { licenseId },
      });
    });
  }

  /** The account row, locked: one profile change at a time per person. */
  private async lockedUser(manager: EntityManager, userId: string): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id: userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user) throw new NotFoundError('This account no longer exists');
    return user;
  }
}
