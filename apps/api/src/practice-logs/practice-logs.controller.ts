import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { SupervisedSessions } from './supervised-sessions.service.js';

@Controller()
export class PracticeLogsController {
  constructor(private readonly sessions: SupervisedSessions) {}

  /** The caller's confirmed supervised sessions, the log a board asks for. */
  @Get('me/supervised-sessions.csv')
  async supervisedSessionsCsv(
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    const csv = await this.sessions.csv(principal.userId);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="supervised-sessions.csv"')
      .send(csv);
  }

  /** The same log as a PDF to print or send to a board. */
  @Get('me/supervised-sessions.pdf')
  async supervisedSessionsPdf(
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    const pdf = await this.sessions.pdf(principal.userId);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="supervised-sessions.pdf"')
      .send(Buffer.from(pdf));
  }
}
