import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { isUUID } from 'class-validator';
import { InvalidInputError } from '../common/errors/domain-error.js';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { BoardReportExports } from './board-report-exports.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('board-reporting')
export class BoardReportingController {
  constructor(private readonly exports: BoardReportExports) {}

  /** An export's roster file, the same bytes every time (admins and the course's authors). */
  @Get('exports/:id/roster.xlsx')
  async roster(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    if (!isUUID(id)) throw InvalidInputError.of('id', 'id is not a valid id');
    const file = await this.exports.file(id, principal);
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'private, no-store')
      .send(file.content);
  }
}
