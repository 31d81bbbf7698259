import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { AppConfig } from '../config/app-config.js';
import { EmailPreferences, EmailTopic } from '../identity/email-preferences.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { JobQueue } from '../jobs/job-queue.js';
import { MailQueue } from '../mail/mail-queue.js';
import { courseCorrectionEmail } from '../mail/templates/course-correction.js';
import { kindsInWords } from './correction-words.js';
import { CorrectionNoticeEntity } from './entities/correction-notice.entity.js';

const NOTIFY = 'corrections.notify';
/** Notices read, and their mails queued, at a time: a large course's audience in slices. */
const SLICE = 200;

interface NotifyJob {
  versionId: string;
}

/**
 * The emails of a published correction, as a job of its own: queued with the notices, it
 * queues one mail per notice whose reader has not turned course corrections off (read when
 * the job runs), each under the notice's id as its key, then makes their first attempt. A
 * job that fails half way is retried by the queue and queues only what is missing.
 */
@Injectable()
export class CorrectionMail implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailQueue,
    private readonly catalog: CatalogReader,
    private readonly identity: IdentityReader,
    private readonly preferences: EmailPreferences,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.work<NotifyJob>(NOTIFY, (job) => this.notify(job.versionId));
  }

  /** In the publish's transaction; returns the job's id. */
  queue(manager: EntityManager, versionId: string): Promise<string> {
    return this.jobs.enqueue<NotifyJob>(manager, {
      name: NOTIFY,
      data: { versionId },
      key: `${NOTIFY}:${versionId}`,
    });
  }

  private async notify(versionId: string): Promise<void> {
    const [version] = await this.catalog.versionsByIds([versionId]);
    if (!version) return;
    const [course] = await this.catalog.coursesByIds([version.courseId]);
    const courseUrl = `${this.config.publicUrl}/courses/${encodeURIComponent(course!.slug)}`;
    let after = '';
    for (;;) {
      const notices = await this.db.manager.find(CorrectionNoticeEntity, {
        where: { versionId, ...(after ? { id: MoreThan(after) } : {}) },
        order: { id: 'ASC' },
        take: SLICE,
      });
      if (notices.length === 0) return;
      after = notices.at(-1)!.id;
      const readers = await this.identity.accountsByIds(notices.map((notice) => notice.userId));
      const jobs: string[] = [];
      for (const [i, notice] of notices.entries()) {
        const reader = readers[i];
        if (!reader?.courseCorrections) continue;
        const topic = EmailTopic.COURSE_CORRECTIONS;
        const mail = await courseCorrectionEmail(
          reader.email,
          {
            name: reader.displayName,
            courseTitle: version.title,
            versionNumber: notice.versionNumber,
            kinds: kindsInWords(notice.kinds),
            summary: notice.summary,
            courseUrl,
            unsubscribeUrl: this.preferences.pageUrl(reader.id, topic),
          },
          this.preferences.unsubscribeHeaders(reader.id, topic),
        );
        jobs.push(await this.mail.queue(this.db.manager, mail, `correction:${notice.id}`));
      }
      await this.mail.sendQueued(jobs);
    }
  }
}
