import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { DataExportService } from './data-export.service.js';

/** Download my data: a file, so REST (signed in, like the certificate PDFs). */
@Controller()
export class PrivacyController {
  constructor(private readonly exports: DataExportService) {}

  @Get('me/data.zip')
  async download(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply) {
    const zip = await this.exports.zipFor(principal.userId);
    return reply
      .header('content-type', 'application/zip')
      .header('content-disposition', 'attachment; filename="fascicle-data.zip"')
      .header('cache-control', 'no-store')
      .send(Buffer.from(zip));
  }
}
