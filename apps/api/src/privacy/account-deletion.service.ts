import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import { AuditService } from '../audit/audit.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { Clock } from '../config/clock.js';
import { AccountsService } from '../identity/accounts.service.js';
import type { Principal } from '../identity/auth/principal.js';
import { AccountDataParts } from './account-data-parts.js';

/**
 * Deleting one's own account (docs/privacy.md says what goes and what stays): every module
 * erases its part inside one transaction, so an account is deleted entirely or not at all.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly parts: AccountDataParts,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async deleteOwnAccount(principal: Principal, password: string): Promise<void> {
    // A platform admin is refused: the last one could leave the platform with none.
    if (principal.roles.includes(Role.ADMIN)) {
      throw new ForbiddenError(
        'An admin account cannot delete itself: ask another admin to remove your admin role first',
      );
    }
    await this.accounts.confirmPassword(principal.userId, password, 'password');
    const at = this.clock.now();
    await this.db.transaction(async (manager) => {
      for (const part of this.parts.all) await part.eraseFor(manager, principal.userId, at);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'ACCOUNT_DELETED',
        subjectType: 'user',
        subjectId: principal.userId,
      });
    });
  }
}
