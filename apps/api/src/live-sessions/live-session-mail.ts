import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../config/clock.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { MailQueue } from '../mail/mail-queue.js';
import { liveSessionInvitationEmail } from '../mail/templates/live-session-invitation.js';
import type { LiveSessionRegistrationEntity } from './entities/live-session-registration.entity.js';
import type { LiveSessionEntity } from './entities/live-session.entity.js';
import { seatInvitationIcs } from './live-session-ics.js';
import { LiveSessionKind } from './live-session-kind.js';
import { registrationClosesAt } from './live-session-rules.js';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Tuesday 15 December 2026 at 14:00 to 17:00 UTC" (to the end's date when it differs). */
function inWords(startsAt: Date, endsAt: Date): string {
  const sameDay = startsAt.toISOString().slice(0, 10) === endsAt.toISOString().slice(0, 10);
  return `${WHEN.format(startsAt)} to ${sameDay ? TIME.format(endsAt) : WHEN.format(endsAt)} UTC`;
}

/** The address part of MAIL_FROM ("Fascicle <no-reply@…>" or a bare address). */
function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

/**
 * The seat email with its calendar invitation, queued in the transaction that gave the seat
 * (it goes if and only if that commits); the caller makes the first attempt after the commit.
 */
@Injectable()
export class LiveSessionMail {
  constructor(
    private readonly mail: MailQueue,
    private readonly identity: IdentityReader,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async queueSeat(
    manager: EntityManager,
    session: LiveSessionEntity,
    registration: LiveSessionRegistrationEntity,
    promoted: boolean,
  ): Promise<string> {
    const [learner, organizer] = await this.identity.accountsByIds(
      [registration.userId, session.createdBy],
      manager,
    );
    const lab = session.kind === LiveSessionKind.LAB;
    const place = (lab ? session.venue : session.joinUrl) ?? '';
    const when = inWords(session.startsAt, session.endsAt);
    const cutoff = `${WHEN.format(registrationClosesAt(session))} UTC`;
    const mail = await liveSessionInvitationEmail(learner!.email, {
      name: learner!.displayName,
      title: session.title,
      kind: lab ? 'an in-person lab' : 'a live webinar',
      when,
      place,
      promoted,
      cutoff,
    });
    const ics = seatInvitationIcs({
      uid: `live-session-registration-${registration.id}@fascicle`,
      title: session.title,
      description: `${lab ? 'In-person lab' : 'Live webinar'}: ${session.title}. Cancel before ${cutoff} if you cannot come.`,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      location: lab ? session.venue : null,
      url: lab ? null : session.joinUrl,
      organizer: { name: organizer!.displayName, email: addressOf(this.config.mailFrom) },
      attendee: { name: learner!.displayName, email: learner!.email },
      stamp: this.clock.now(),
    });
    mail.attachments = [
      {
        filename: 'invitation.ics',
        content: ics,
        contentType: 'text/calendar; charset=utf-8; method=REQUEST',
      },
    ];
    return this.mail.queue(
      manager,
      mail,
      `live-session-seat:${registration.id}:${registration.queueNumber}`,
    );
  }

  sendQueued(jobIds: string[]): Promise<void> {
    return this.mail.sendQueued(jobIds);
  }
}
