import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Profession } from '@fascicle/common';
import { ConnectionType } from '../../common/pagination/connection.js';
import type { BoardReportExportEntity } from '../entities/board-report-export.entity.js';
import {
  BoardReportStatus,
  type BoardReportLineEntity,
} from '../entities/board-report-line.entity.js';
import type { BoardReportingSettingsEntity } from '../entities/board-reporting-settings.entity.js';
import type { StatusCounts } from '../board-report.service.js';

registerEnumType(BoardReportStatus, {
  name: 'BoardReportStatus',
  description: "Where a completion's report to CE Broker stands",
});

/** Where staff download an export (the same file each time). */
export const rosterDownloadPath = (exportId: string) =>
  `/board-reporting/exports/${exportId}/roster.xlsx`;

@ObjectType('ReportedBoard')
export class ReportedBoardModel {
  @Field()
  state: string;

  @Field(() => Profession)
  profession: Profession;
}

@ObjectType('CourseBoardReporting', {
  description: "How a course's completions are reported to CE Broker",
})
export class CourseBoardReportingModel {
  @Field(() => ID)
  courseId: string;

  @Field({ description: 'CE Broker provider tracking number (50-…)' })
  providerNumber: string;

  @Field({ description: 'CE Broker course tracking number (20-…)' })
  courseNumber: string;

  @Field(() => [ReportedBoardModel])
  boards: ReportedBoardModel[];

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(entity: BoardReportingSettingsEntity): CourseBoardReportingModel {
    return Object.assign(new CourseBoardReportingModel(), {
      courseId: entity.courseId,
      providerNumber: entity.providerNumber,
      courseNumber: entity.courseNumber,
      boards: entity.boards.map((board) => Object.assign(new ReportedBoardModel(), board)),
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType('BoardReportLine', { description: 'One completion, for one board it is reported to' })
export class BoardReportLineModel {
  @Field(() => ID)
  id: string;

  @Field()
  holderName: string;

  @Field(() => String, { nullable: true, description: "As the state's published format writes it" })
  licenseNumber: string | null;

  @Field()
  state: string;

  @Field(() => Profession)
  profession: Profession;

  @Field({ description: 'YYYY-MM-DD' })
  completedOn: string;

  @Field(() => Float)
  ceHours: number;

  @Field(() => BoardReportStatus)
  status: BoardReportStatus;

  @Field(() => String, {
    nullable: true,
    description: "Why it is not reportable, or CE Broker's reason for rejecting it",
  })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Something staff should know' })
  note: string | null;

  @Field(() => ID, { nullable: true })
  exportId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  exportedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resultRecordedAt: Date | null;

  static from(entity: BoardReportLineEntity): BoardReportLineModel {
    return Object.assign(new BoardReportLineModel(), {
      id: entity.id,
      holderName: entity.holderName,
      licenseNumber: entity.licenseNumber,
      state: entity.state,
      profession: entity.profession,
      completedOn: entity.completedOn,
      ceHours: entity.ceHours,
      status: entity.status,
      reason: entity.reason,
      note: entity.note,
      exportId: entity.exportId,
      exportedAt: entity.exportedAt,
      resultRecordedAt: entity.resultRecordedAt,
    });
  }
}

@ObjectType('BoardReportLineConnection')
export class BoardReportLineConnection extends ConnectionType(
  BoardReportLineModel,
  'BoardReportLine',
) {}

@ObjectType('BoardReportCounts', { description: 'Lines of the course by status' })
export class BoardReportCountsModel {
  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  exported: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int)
  notReportable: number;

  static from(counts: StatusCounts): BoardReportCountsModel {
    return Object.assign(new BoardReportCountsModel(), {
      pending: counts.PENDING,
      exported: counts.EXPORTED,
      accepted: counts.ACCEPTED,
      rejected: counts.REJECTED,
      notReportable: counts.NOT_REPORTABLE,
    });
  }
}

@ObjectType('BoardReportExport', { description: 'A roster file exported for CE Broker' })
export class BoardReportExportModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Int)
  lineCount: number;

  @Field()
  filename: string;

  @Field({ description: 'SHA-256 of the file, to tell two downloads apart' })
  sha256: string;

  @Field({ description: 'GET it with your access token; the same file every time' })
  downloadPath: string;

  static from(entity: BoardReportExportEntity): BoardReportExportModel {
    return Object.assign(new BoardReportExportModel(), {
      id: entity.id,
      createdAt: entity.createdAt,
      lineCount: entity.lineCount,
      filename: entity.filename,
      sha256: entity.sha256,
      downloadPath: rosterDownloadPath(entity.id),
    });
  }
}

@ObjectType('CourseBoardReport', { description: "A course's completions reported to CE Broker" })
export class CourseBoardReportModel {
  @Field(() => ID)
  courseId: string;

  @Field(() => BoardReportCountsModel)
  counts: BoardReportCountsModel;

  @Field(() => BoardReportLineConnection, { description: 'Oldest first' })
  lines: BoardReportLineConnection;

  @Field(() => [BoardReportExportModel], { description: 'The latest 50 exports, newest first' })
  exports: BoardReportExportModel[];
}
