import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.js';
import { Mailer, type OutgoingMail } from './mailer.js';

const SEND_MAIL = 'mail.send';

/**
 * Email as after-commit work: `queue` writes it in the caller's transaction (it goes if and
 * only if that commits), `sendQueued` makes the first attempt once the transaction is over,
 * and the job queue retries a failed one with backoff.
 */
@Injectable()
export class MailQueue implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    this.jobs.work<OutgoingMail>(SEND_MAIL, (mail) => this.mailer.send(mail));
  }

  /** `key` makes it once only: a second `queue` with the same key adds nothing. */
  queue(manager: EntityManager, mail: OutgoingMail, key?: string): Promise<string> {
    return this.jobs.enqueue(manager, { name: SEND_MAIL, data: mail, key });
  }

  /** After the commit. Resolves when the attempt is over, sent or left for a retry. */
  sendQueued(jobIds: string[]): Promise<void> {
    return this.jobs.runNow(jobIds);
  }
}
