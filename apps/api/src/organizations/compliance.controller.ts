import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { isUUID } from 'class-validator';
import { InvalidInputError } from '../common/errors/domain-error.js';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { ComplianceService } from './compliance.service.js';

@Controller('organizations')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  /** The whole report as CSV, for the clinic's admins. */
  @Get(':id/compliance.csv')
  async csv(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    if (!isUUID(id)) throw InvalidInputError.of('id', 'id is not a valid id');
    const { csv, filename } = await this.compliance.csv(id, principal);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(csv);
  }
}
