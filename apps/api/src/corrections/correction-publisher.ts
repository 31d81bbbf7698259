import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  AfterCommit,
  AssessmentCredit,
  PublishingVersion,
  VersionContent,
} from '../catalog/version-content.js';
import { Clock } from '../config/clock.js';
import { JobQueue } from '../jobs/job-queue.js';
import { CorrectionMail } from './correction-mail.js';
import { VersionCorrectionEntity } from './entities/version-correction.entity.js';

/**
 * What publishing a version that carries a correction does, inside the publish's
 * transaction: one notice for each person who completed an earlier version of the course
 * (once, however many of them they completed), written by one INSERT … SELECT, and one job
 * that emails them. Both commit with the publish or not at all, so a crash can neither lose
 * the notices nor leave them without their email; the unique (user, version) key and the
 * job's key keep a repeat from doubling anything. The catalog receives this under
 * VERSION_CONTENT (wired in the app module); a correction belongs to its own version, so a new
 * draft does not copy it.
 */
@Injectable()
export class CorrectionPublisher implements VersionContent {
  constructor(
    private readonly jobs: JobQueue,
    private readonly mail: CorrectionMail,
    private readonly clock: Clock,
  ) {}

  async copy(): Promise<void> {}

  async problems(): Promise<string[]> {
    return [];
  }

  async credit(): Promise<AssessmentCredit> {
    return { quizzes: [], assessedKeys: [], problems: [] };
  }

  async published(manager: EntityManager, version: PublishingVersion): Promise<AfterCommit | null> {
    const correction = await manager.findOneBy(VersionCorrectionEntity, { versionId: version.id });
    if (!correction) return null;
    // Completed enrolments in learning's table, accounts in identity's: read in this one
    // statement because the notices must be written in the publish's own transaction.
    const inserted = (await manager.query(
      `INSERT INTO correction_notices
              (user_id, course_id, version_id, version_number, kinds, summary, created_at)
       SELECT DISTINCT e.user_id, $1::uuid, $2::uuid, $3::int, $4::text[], $5::text, $6::timestamptz
         FROM enrollments e
         JOIN course_versions v ON v.id = e.version_id
         JOIN users u ON u.id = e.user_id AND u.deleted_at IS NULL
        WHERE e.course_id = $1 AND e.status = 'COMPLETED' AND v.number < $3
       ON CONFLICT (user_id, version_id) DO NOTHING
       RETURNING id`,
      [
        version.courseId,
        version.id,
        version.number,
        correction.kinds,
        correction.summary,
        this.clock.now(),
      ],
    )) as unknown[];
    if (inserted.length === 0) return null;
    const job = await this.mail.queue(manager, version.id);
    return () => this.jobs.runNow([job]);
  }
}
