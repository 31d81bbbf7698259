import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import type { ConnectionArgs } from '../common/pagination/connection.args.js';
import { decodeCursor } from '../common/pagination/connection.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { BoardReportingAccess } from './board-reporting-access.js';
import { BoardReportLineEntity, BoardReportStatus } from './entities/board-report-line.entity.js';

export type StatusCounts = Record<BoardReportStatus, number>;

/** The results staff record after uploading a file to CE Broker. */
export type ReportResult = BoardReportStatus.ACCEPTED | BoardReportStatus.REJECTED;

const MAX_RESULT_LINES = 100;

/** A course's report: its lines page by page, counted by status, and CE Broker's answers. */
@Injectable()
export class BoardReport {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: BoardReportingAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async counts(courseId: string): Promise<StatusCounts> {
    const rows = (await this.db.query(
      `SELECT status, count(*)::int AS n FROM board_report_lines WHERE course_id = $1 GROUP BY status`,
      [courseId],
    )) as { status: BoardReportStatus; n: number }[];
    const counts = Object.fromEntries(
      Object.values(BoardReportStatus).map((status) => [status, 0]),
    ) as StatusCounts;
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }

  /** Oldest first (the order they arose), `first + 1` rows for hasNextPage. */
  async page(
    courseId: string,
    status: BoardReportStatus | undefined,
    args: ConnectionArgs,
  ): Promise<BoardReportLineEntity[]> {
    const query = this.db.manager
      .createQueryBuilder(BoardReportLineEntity, 'l')
      .where('l.course_id = :courseId', { courseId })
      .orderBy('l.created_at', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .take(args.first + 1);
    if (status) query.andWhere('l.status = :status', { status });
    if (args.after) {
      const { key, id } = decodeCursor(args.after);
      query.andWhere('(l.created_at, l.id) > (:key::timestamptz, :id::uuid)', { key, id });
    }
    return query.getMany();
  }

  /**
   * CE Broker's answer for exported lines, as staff read it after uploading: ACCEPTED, or
   * REJECTED with its reason. Lines not exported have no answer to record. One course at a
   * time (the lines must all be of it); audited.
   */
  async recordResult(
    lineIds: string[],
    status: ReportResult,
    reason: string | null,
    principal: Principal,
  ): Promise<BoardReportLineEntity[]> {
    const ids = [...new Set(lineIds)];
    if (ids.length === 0 || ids.length > MAX_RESULT_LINES) {
      throw InvalidInputError.of('lineIds', `lineIds must name 1 to ${MAX_RESULT_LINES} lines`);
    }
    if (!ids.every((id) => isUUID(id))) {
      throw InvalidInputError.of('lineIds', 'lineIds must be report line ids');
    }
    const why = reason?.trim() || null;
    if (status === BoardReportStatus.REJECTED && (!why || why.length > 500)) {
      throw InvalidInputError.of(
        'reason',
        "reason must give CE Broker's reason for the rejection (1 to 500 characters)",
      );
    }
    const found = await this.db.manager.find(BoardReportLineEntity, {
      select: { id: true, courseId: true },
      where: { id: In(ids) },
    });
    const courseIds = [...new Set(found.map((line) => line.courseId))];
    if (found.length !== ids.length) throw new NotFoundError('No such report line');
    if (courseIds.length !== 1) {
      throw InvalidInputError.of('lineIds', 'lineIds must all be lines of one course');
    }
    await this.access.assertManager(courseIds[0]!, principal);
    return this.db.transaction(async (manager) => {
      const lines = await manager.find(BoardReportLineEntity, {
        where: { id: In(ids) },
        order: { createdAt: 'ASC', id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const unsent = lines.filter((line) => !line.exportId);
      if (unsent.length > 0) {
        throw InvalidInputError.of(
          'lineIds',
          `Only exported lines have a CE Broker result: ${unsent.length} of these were never exported`,
        );
      }
      const now = this.clock.now();
      await manager.update(
        BoardReportLineEntity,
        { id: In(ids) },
        {
          status,
          reason: status === BoardReportStatus.REJECTED ? why : null,
          resultRecordedAt: now,
          resultRecordedBy: principal.userId,
          updatedAt: now,
        },
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'BOARD_REPORT_RESULT_RECORDED',
        subjectType: 'course',
        subjectId: courseIds[0]!,
        details: {
          status,
          reason: why,
          lines: lines.map((line) => ({ id: line.id, was: line.status })),
        },
      });
      return manager.find(BoardReportLineEntity, {
        where: { id: In(ids) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
    });
  }
}
