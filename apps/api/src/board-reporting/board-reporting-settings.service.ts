import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isLicensingJurisdiction } from '@fascicle/common';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInputError, type FieldProblem } from '../common/errors/domain-error.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { BoardReportLines } from './board-report-lines.js';
import { BoardReportingAccess } from './board-reporting-access.js';
import type { SetCourseBoardReportingInput } from './dto/board-reporting.input.js';
import {
  BoardReportingSettingsEntity,
  type ReportedBoard,
} from './entities/board-reporting-settings.entity.js';

/**
 * CE Broker's tracking numbers: "all provider ids begin with 50-", "all course ids begin with
 * 20-" (CE Broker help centre, XML Parent and Child Providers; checked 2026-12-04). Its text
 * file holds the provider number's part after "50-" in nine numeric characters; no page we
 * read gives the course number's length, so only "digits" is checked there.
 */
const PROVIDER_NUMBER = /^50-\d{1,9}$/;
const COURSE_NUMBER = /^20-\d{1,15}$/;

@Injectable()
export class BoardReportingSettings {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: BoardReportingAccess,
    private readonly lines: BoardReportLines,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(courseId: string, principal: Principal): Promise<BoardReportingSettingsEntity | null> {
    await this.access.assertManager(courseId, principal);
    return this.db.manager.findOneBy(BoardReportingSettingsEntity, { courseId });
  }

  /** Saves the settings (audited), then brings the course's lines in step with them. */
  async set(
    input: SetCourseBoardReportingInput,
    principal: Principal,
  ): Promise<BoardReportingSettingsEntity> {
    await this.access.assertManager(input.courseId, principal);
    const boards = checkedBoards(input);
    const saved = await this.db.transaction(async (manager) => {
      const before = await manager.findOneBy(BoardReportingSettingsEntity, {
        courseId: input.courseId,
      });
      const row = manager.create(BoardReportingSettingsEntity, {
        courseId: input.courseId,
        providerNumber: input.providerNumber,
        courseNumber: input.courseNumber,
        boards,
        updatedAt: this.clock.now(),
        updatedBy: principal.userId,
      });
      await manager.save(row);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'BOARD_REPORTING_SET',
        subjectType: 'course',
        subjectId: input.courseId,
        details: {
          before: before
            ? {
                providerNumber: before.providerNumber,
                courseNumber: before.courseNumber,
                boards: before.boards,
              }
            : null,
          after: { providerNumber: row.providerNumber, courseNumber: row.courseNumber, boards },
        },
      });
      return row;
    });
    await this.lines.syncCourse(input.courseId);
    return saved;
  }
}

function checkedBoards(input: SetCourseBoardReportingInput): ReportedBoard[] {
  const problems: FieldProblem[] = [];
  if (!PROVIDER_NUMBER.test(input.providerNumber)) {
    problems.push({
      field: 'providerNumber',
      message:
        'providerNumber must be your CE Broker provider tracking number: 50- followed by up to nine digits, e.g. 50-12345',
    });
  }
  if (!COURSE_NUMBER.test(input.courseNumber)) {
    problems.push({
      field: 'courseNumber',
      message:
        "courseNumber must be the course's CE Broker tracking number: 20- followed by digits, e.g. 20-123456",
    });
  }
  const boards: ReportedBoard[] = [];
  input.boards.forEach((board, i) => {
    const state = board.state.toUpperCase();
    if (!isLicensingJurisdiction(state)) {
      problems.push({
        field: `boards.${i}.state`,
        message: `${board.state} is not a US state code`,
      });
    } else if (boards.some((b) => b.state === state && b.profession === board.profession)) {
      problems.push({
        field: `boards.${i}`,
        message: `${state} is named twice for one profession`,
      });
    } else {
      boards.push({ state, profession: board.profession });
    }
  });
  if (input.boards.length === 0) {
    problems.push({ field: 'boards', message: 'boards must name at least one board' });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return boards;
}
