import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { UserEntity } from './entities/user.entity.js';

/** The optional emails a person can stop; everything else (links they asked for) always goes. */
export enum EmailTopic {
  CREDENTIAL_REMINDERS = 'CREDENTIAL_REMINDERS',
  CLINIC_NOTICES = 'CLINIC_NOTICES',
  COURSE_CORRECTIONS = 'COURSE_CORRECTIONS',
}

const COLUMN = {
  [EmailTopic.CREDENTIAL_REMINDERS]: 'credentialReminders',
  [EmailTopic.CLINIC_NOTICES]: 'clinicNotices',
  [EmailTopic.COURSE_CORRECTIONS]: 'courseCorrections',
} as const;

export type EmailPreferenceValues = Pick<
  UserEntity,
  'credentialReminders' | 'clinicNotices' | 'courseCorrections'
>;

/**
 * Who gets which optional email, and the links that stop one without signing in: the
 * address in an email's List-Unsubscribe header (one click, RFC 8058) and its footer. A link
 * carries the account id, the topic and an HMAC of both under the server's secret, so it
 * stops that topic for that account and nothing else, and cannot be made up.
 */
@Injectable()
export class EmailPreferences {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The web page that confirms before stopping (a GET never changes anything). */
  pageUrl(userId: string, topic: EmailTopic): string {
    return `${this.config.publicUrl}/email-preferences?${this.query(userId, topic)}`;
  }

  /** The one-click address for List-Unsubscribe: a POST stops the topic. */
  oneClickUrl(userId: string, topic: EmailTopic): string {
    return `${this.config.publicUrl}/email/unsubscribe?${this.query(userId, topic)}`;
  }

  /** The headers that let a mail client offer "unsubscribe" itself. */
  unsubscribeHeaders(userId: string, topic: EmailTopic): Record<string, string> {
    return {
      'List-Unsubscribe': `<${this.oneClickUrl(userId, topic)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  /** Stops the topic if the link is genuine; false (changing nothing) if it is not. */
  async unsubscribe(userId: string, topic: string, signature: string): Promise<boolean> {
    if (!isTopic(topic) || !this.genuine(userId, topic, signature)) return false;
    await this.db.manager.update(UserEntity, { id: userId }, { [COLUMN[topic]]: false });
    return true;
  }

  async get(userId: string): Promise<EmailPreferenceValues> {
    return this.db.manager.findOneOrFail(UserEntity, {
      select: { credentialReminders: true, clinicNotices: true, courseCorrections: true },
      where: { id: userId },
    });
  }

  async update(userId: string, changes: Partial<EmailPreferenceValues>) {
    const given = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined && value !== null),
    );
    if (Object.keys(given).length > 0) {
      await this.db.manager.update(UserEntity, { id: userId }, given);
    }
    return this.get(userId);
  }

  private query(userId: string, topic: EmailTopic): string {
    return new URLSearchParams({ u: userId, t: topic, s: this.sign(userId, topic) }).toString();
  }

  private sign(userId: string, topic: EmailTopic): string {
    return createHmac('sha256', this.config.jwtSecret)
      .update(`unsubscribe:${userId}:${topic}`)
      .digest('base64url');
  }

  private genuine(userId: string, topic: EmailTopic, signature: string): boolean {
    const expected = Buffer.from(this.sign(userId, topic));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

function isTopic(value: string): value is EmailTopic {
  return Object.values<string>(EmailTopic).includes(value);
}
