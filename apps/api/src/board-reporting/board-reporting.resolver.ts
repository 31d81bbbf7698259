import { Args, ID, Mutation, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ConnectionArgs, pageComplexity } from '../common/pagination/connection.args.js';
import { toConnection } from '../common/pagination/connection.js';
import { IdArg } from '../common/validation/id-arg.js';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { BoardReportExports } from './board-report-exports.js';
import { BoardReport } from './board-report.service.js';
import { BoardReportingAccess } from './board-reporting-access.js';
import { BoardReportingSettings } from './board-reporting-settings.service.js';
import { SetCourseBoardReportingInput } from './dto/board-reporting.input.js';
import { BoardReportStatus } from './entities/board-report-line.entity.js';
import {
  BoardReportCountsModel,
  BoardReportExportModel,
  BoardReportLineModel,
  CourseBoardReportingModel,
  CourseBoardReportModel,
} from './models/board-reporting.model.js';

export enum BoardReportResult {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(BoardReportResult, {
  name: 'BoardReportResult',
  description: "CE Broker's answer to an uploaded line",
});

@ArgsType()
class CourseBoardReportArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'courseId is not a valid id' })
  courseId: string;

  @Field(() => BoardReportStatus, { nullable: true, description: 'Only lines with this status' })
  @IsOptional()
  @IsEnum(BoardReportStatus)
  status?: BoardReportStatus;
}

/** A course's reporting to CE Broker: for admins and the course's authors only. */
@Resolver()
export class BoardReportingResolver {
  constructor(
    private readonly settings: BoardReportingSettings,
    private readonly report: BoardReport,
    private readonly exports: BoardReportExports,
    private readonly access: BoardReportingAccess,
  ) {}

  @Query(() => CourseBoardReportingModel, {
    nullable: true,
    description: "The course's CE Broker reporting settings; null until set",
  })
  async courseBoardReporting(
    @IdArg('courseId') courseId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseBoardReportingModel | null> {
    const row = await this.settings.get(courseId, principal);
    return row ? CourseBoardReportingModel.from(row) : null;
  }

  @Mutation(() => CourseBoardReportingModel, {
    description:
      "Set the course's CE Broker numbers and the boards it reports to; lines for its existing certificates follow",
  })
  async setCourseBoardReporting(
    @Args('input') input: SetCourseBoardReportingInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseBoardReportingModel> {
    return CourseBoardReportingModel.from(await this.settings.set(input, principal));
  }

  @Query(() => CourseBoardReportModel, {
    description: "The course's completions reported to CE Broker, counted by status",
    complexity: pageComplexity,
  })
  async courseBoardReport(
    @Args() args: CourseBoardReportArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseBoardReportModel> {
    const { courseId } = args;
    const course = await this.access.assertManager(courseId, principal);
    // One after another: the embedded database has a single connection.
    const counts = await this.report.counts(courseId);
    const rows = await this.report.page(courseId, args.status, args);
    const exports = await this.exports.recent(course);
    return Object.assign(new CourseBoardReportModel(), {
      courseId,
      counts: BoardReportCountsModel.from(counts),
      lines: toConnection(
        rows,
        args.first,
        (row) => row.createdAt.toISOString(),
        BoardReportLineModel.from,
      ),
      exports: exports.map(BoardReportExportModel.from),
    });
  }

  @Mutation(() => BoardReportExportModel, {
    description:
      'Export every PENDING line of the course as a roster file (download it at downloadPath); CONFLICT NOTHING_TO_EXPORT when none waits',
  })
  async exportCeBrokerRoster(
    @IdArg('courseId') courseId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BoardReportExportModel> {
    return BoardReportExportModel.from(
      await this.exports.exportCeBrokerRoster(courseId, principal),
    );
  }

  @Mutation(() => [BoardReportLineModel], {
    description:
      "Record CE Broker's answer for exported lines of one course (1 to 100): ACCEPTED, or REJECTED with its reason",
  })
  async recordBoardReportResult(
    @Args('lineIds', { type: () => [ID] }) lineIds: string[],
    @Args('status', { type: () => BoardReportResult }) status: BoardReportResult,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BoardReportLineModel[]> {
    const lines = await this.report.recordResult(
      lineIds,
      status === BoardReportResult.ACCEPTED
        ? BoardReportStatus.ACCEPTED
        : BoardReportStatus.REJECTED,
      reason ?? null,
      principal,
    );
    return lines.map(BoardReportLineModel.from);
  }
}
