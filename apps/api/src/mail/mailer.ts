import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { AppConfig, MEMORY_DATA_DIR } from '../config/app-config.js';
import { Clock } from '../config/clock.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** From the same template as `text` (mail/render-email.ts). */
  html?: string;
  /** Such as List-Unsubscribe on optional mail. */
  headers?: Record<string, string>;
  /** Text files sent with the message, such as a calendar invitation (.ics). */
  attachments?: MailAttachment[];
}

/** Kept as text so a queued mail stays plain JSON in the job table. */
export interface MailAttachment {
  filename: string;
  content: string;
  /** E.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  contentType: string;
}

/** Receives mail in place of a transport: the seed accepts its own demo invitations. */
export type MailSink = (mail: OutgoingMail) => void;
export const MAIL_SINK = Symbol('MAIL_SINK');

/**
 * Sends email over SMTP (SMTP_URL). Without it, in development, each message is written as
 * an .eml file to the data folder's outbox, which the start-up log names, so invitations
 * can be followed locally without a mail server.
 */
@Injectable()
export class Mailer implements OnModuleInit {
  /** Made at the first mail sent: nodemailer (about 12 MB resident) is not loaded before. */
  private transport: Promise<Transporter> | null = null;
  private readonly outbox: string | null;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Inject(MAIL_SINK) private readonly sink: MailSink | null,
  ) {
    this.outbox =
      config.smtpUrl || config.dataDir === MEMORY_DATA_DIR ? null : join(config.dataDir, 'outbox');
  }

  onModuleInit(): void {
    if (this.outbox && !this.sink)
      this.logger.info({ outbox: this.outbox }, 'no SMTP_URL: email goes to the outbox folder');
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (this.sink) return this.sink(mail);
    this.transport ??= this.createTransport();
    const info = await (await this.transport).sendMail({ from: this.config.mailFrom, ...mail });
    if (!this.outbox) return;
    mkdirSync(this.outbox, { recursive: true });
    const name = `${this.clock.now().toISOString().replace(/[:.]/g, '-')}-${mail.to.replace(/[^a-z0-9@.-]/gi, '_')}.eml`;
    writeFileSync(join(this.outbox, name), (info as { message: Buffer }).message);
  }

  private async createTransport(): Promise<Transporter> {
    const { default: nodemailer } = await import('nodemailer');
    return this.config.smtpUrl
      ? nodemailer.createTransport(this.config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }
}
