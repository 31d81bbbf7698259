import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AccountData, AccountDataSection } from '../common/privacy/account-data.js';
import { LiveSessionRegistrationEntity } from './entities/live-session-registration.entity.js';
import { LiveSessionEntity } from './entities/live-session.entity.js';
import { LiveSessionRegistrations } from './live-session-registrations.service.js';

/**
 * The live-sessions module's part of download-my-data and delete-my-account: a learner's
 * registrations. Sessions an instructor scheduled belong to the course, not to the person:
 * they stay, still naming their creator (as course versions name their authors).
 */
@Injectable()
export class LiveSessionsAccountData implements AccountData {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registrations: LiveSessionRegistrations,
  ) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const registrations = await this.db.manager.find(LiveSessionRegistrationEntity, {
      where: { userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const sessions = await this.db.manager.findBy(LiveSessionEntity, {
      id: In(registrations.map((registration) => registration.sessionId)),
    });
    const byId = new Map(sessions.map((session) => [session.id, session]));
    return [
      {
        name: 'liveSessionRegistrations',
        data: registrations.map((registration) => {
          const session = byId.get(registration.sessionId);
          return {
            session: session?.title ?? null,
            kind: session?.kind ?? null,
            startsAt: session?.startsAt ?? null,
            status: registration.status,
            registeredAt: registration.createdAt,
            updatedAt: registration.updatedAt,
          };
        }),
      },
    ];
  }

  /** A place at a session is the person's own: it goes, and a seat it held goes to the next. */
  eraseFor(manager: EntityManager, userId: string): Promise<void> {
    return this.registrations.eraseFor(manager, userId);
  }
}
