import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import { Clock } from '../config/clock.js';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import type { Principal } from '../identity/auth/principal.js';
import { BoardReportLines } from './board-report-lines.js';
import { BoardReportingAccess, type ReportingCourse } from './board-reporting-access.js';
import { BoardReportExportLineEntity } from './entities/board-report-export-line.entity.js';
import { BoardReportExportEntity } from './entities/board-report-export.entity.js';
import { BoardReportLineEntity, BoardReportStatus } from './entities/board-report-line.entity.js';
import { BoardReportingSettingsEntity } from './entities/board-reporting-settings.entity.js';
import { rosterWorkbook } from './roster-file.js';

/** A stored roster file. */
export interface RosterFile {
  filename: string;
  content: Buffer;
}

/**
 * Exports a course's PENDING lines as one roster file for CE Broker. Each export takes every
 * line waiting at that moment and keeps its bytes: downloading it again gives the same file.
 * Exports of one course take turns on the settings row; the unique line_id of
 * board_report_export_lines is the backstop, so a completion is never in two exports.
 */
@Injectable()
export class BoardReportExports {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: BoardReportingAccess,
    private readonly lines: BoardReportLines,
    private readonly credentials: CredentialsReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async exportCeBrokerRoster(
    courseId: string,
    principal: Principal,
  ): Promise<BoardReportExportEntity> {
    const course = await this.access.assertManager(courseId, principal);
    // Lines waiting follow the latest certificates and licenses before they are sent.
    await this.lines.syncCourse(courseId);
    return this.db.transaction(async (manager) => {
      const settings = await manager.findOne(BoardReportingSettingsEntity, {
        where: { courseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!settings) {
        throw InvalidInputError.of('courseId', "Set the course's CE Broker reporting first");
      }
      const pending = await manager.find(BoardReportLineEntity, {
        where: { courseId, status: BoardReportStatus.PENDING },
        order: { createdAt: 'ASC', id: 'ASC' },
        // A revocation arriving meanwhile waits, so the file and the statuses agree.
        lock: { mode: 'pessimistic_write' },
      });
      if (pending.length === 0) {
        throw new ConflictError(
          'Nothing is waiting to be reported: every reportable completion is in an export already',
          { reason: 'NOTHING_TO_EXPORT' },
        );
      }
      const certificates = await this.credentials.courseCertificates(
        { ids: pending.map((line) => line.certificateId) },
        manager,
      );
      const codes = new Map(certificates.map((c) => [c.id, c.code]));
      const createdAt = this.clock.now();
      const content = await rosterWorkbook(
        { ...settings, courseTitle: course.title },
        pending.map((line) => ({
          licenseNumber: line.licenseNumber!,
          holderName: line.holderName,
          state: line.state,
          profession: line.profession,
          completedOn: line.completedOn,
          ceHours: line.ceHours,
          certificateCode: codes.get(line.certificateId) ?? '',
        })),
        createdAt,
      );
      const saved = await manager.save(
        manager.create(BoardReportExportEntity, {
          courseId,
          createdAt,
          createdBy: principal.userId,
          lineCount: pending.length,
          filename: rosterFilename(settings.courseNumber, createdAt),
          content,
          sha256: createHash('sha256').update(content).digest('hex'),
        }),
      );
      await manager.insert(
        BoardReportExportLineEntity,
        pending.map((line) => ({ exportId: saved.id, lineId: line.id })),
      );
      await manager.update(
        BoardReportLineEntity,
        { id: In(pending.map((line) => line.id)), status: BoardReportStatus.PENDING },
        {
          status: BoardReportStatus.EXPORTED,
          exportId: saved.id,
          exportedAt: createdAt,
          updatedAt: createdAt,
        },
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'BOARD_ROSTER_EXPORTED',
        subjectType: 'course',
        subjectId: courseId,
        details: { exportId: saved.id, lines: pending.length, sha256: saved.sha256 },
      });
      delete saved.content;
      return saved;
    });
  }

  /** The file of an export, byte for byte as it was made. */
  async file(exportId: string, principal: Principal): Promise<RosterFile> {
    const row = await this.db.manager.findOne(BoardReportExportEntity, {
      select: { id: true, courseId: true, filename: true, content: true },
      where: { id: exportId },
    });
    if (!row) throw new NotFoundError('No such export');
    await this.access.assertManager(row.courseId, principal);
    return { filename: row.filename, content: row.content! };
  }

  /** The course's latest exports, newest first (at most 50). */
  async recent(course: ReportingCourse): Promise<BoardReportExportEntity[]> {
    return this.db.manager.find(BoardReportExportEntity, {
      where: { courseId: course.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 50,
    });
  }
}

/** e.g. ce-broker-roster-20-123456-2026-12-04T183000Z.xlsx */
function rosterFilename(courseNumber: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[:]/g, '')
    .replace(/\.\d{3}/, '');
  return `ce-broker-roster-${courseNumber}-${stamp}.xlsx`;
}
