import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MailQueue } from './mail-queue.js';
import { MAIL_SINK, Mailer, type MailSink } from './mailer.js';

@Global()
@Module({})
export class MailModule {
  /** With a sink, mail goes to it instead of SMTP or the outbox (the seed reads its invitations). */
  static forRoot(sink: MailSink | null = null): DynamicModule {
    return {
      module: MailModule,
      providers: [Mailer, MailQueue, { provide: MAIL_SINK, useValue: sink }],
      exports: [Mailer, MailQueue],
    };
  }
}
