import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { groupByKey } from '../common/database/batch.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { ConnectionArgs } from '../common/pagination/connection.args.js';
import { decodeCursor } from '../common/pagination/connection.js';
import { Clock } from '../config/clock.js';
import { enrollmentCourseIdSql } from '../learning/enrollment-course-sql.js';
import { CorrectionNoticeEntity } from './entities/correction-notice.entity.js';

const COLUMNS = `n.id, n.user_id AS "userId", n.course_id AS "courseId", n.version_id AS "versionId",
  n.version_number AS "versionNumber", n.kinds, n.summary, n.created_at AS "createdAt",
  n.read_at AS "readAt"`;

/** A person's correction notices: listed newest first, marked read one at a time. */
@Injectable()
export class CorrectionNotices {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One page, newest first, plus one row to tell whether there is another page. */
  page(userId: string, args: ConnectionArgs): Promise<CorrectionNoticeEntity[]> {
    const query = this.db.manager
      .createQueryBuilder(CorrectionNoticeEntity, 'n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(args.first + 1);
    if (args.after) {
      const cursor = decodeCursor(args.after);
      query.andWhere(
        '(n.created_at, n.id) < (CAST(:key AS timestamptz), CAST(:id AS uuid))',
        cursor,
      );
    }
    return query.getMany();
  }

  /** Marks the person's own notice read (once: the first time stays). */
  async acknowledge(id: string, userId: string): Promise<CorrectionNoticeEntity> {
    await this.db.manager
      .createQueryBuilder()
      .update(CorrectionNoticeEntity)
      .set({ readAt: () => 'COALESCE(read_at, :now)' })
      .setParameter('now', this.clock.now())
      .where('id = :id AND user_id = :userId', { id, userId })
      .execute();
    const notice = await this.db.manager.findOneBy(CorrectionNoticeEntity, { id, userId });
    if (!notice) throw new NotFoundError('No such correction notice', { field: 'id' });
    return notice;
  }

  /**
   * For each course certificate, the holder's notices of later versions of its course, newest
   * first (none for a program's): one query for the whole transcript.
   */
  async byCertificateIds(ids: readonly string[]): Promise<CorrectionNoticeEntity[][]> {
    // A certificate names its enrollment and the version number, not its course: the course
    // comes through learning's own subquery, as the credentials module reads it.
    const rows = (await this.db.query(
      `SELECT c.id AS "certificateId", ${COLUMNS}
         FROM certificates c
         JOIN correction_notices n ON n.user_id = c.user_id
              AND n.course_id = ${enrollmentCourseIdSql('c.enrollment_id')}
              AND n.version_number > c.course_version
        WHERE c.id = ANY($1::uuid[])
        ORDER BY n.created_at DESC, n.id DESC`,
      [ids],
    )) as (CorrectionNoticeEntity & { certificateId: string })[];
    return groupByKey(ids, rows, (row) => row.certificateId);
  }
}
