import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUUID } from 'class-validator';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import { InputValidationPipe } from '../common/validation/input-validation.pipe.js';
import { CurrentPrincipal } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { AuditPacks } from './audit-packs.js';
import { OutsideCeInput } from './dto/outside-ce.input.js';
import { OutsideCeModel } from './models/outside-ce.model.js';
import { OUTSIDE_CE_MAX_BYTES, tooLarge } from './outside-ce-file.js';
import { OutsideCe, type OutsideCeUpload } from './outside-ce.service.js';

const FIELDS = ['provider', 'title', 'completedOn', 'hours', 'selfPaced', 'topics'] as const;

/**
 * Files are REST, not GraphQL: outside CE is sent as multipart/form-data (its fields and the
 * certificate file), and the owner downloads the files and the audit pack with their token.
 */
@Controller('renewals')
export class RenewalsController {
  constructor(
    private readonly outside: OutsideCe,
    private readonly packs: AuditPacks,
  ) {}

  @Post('outside-ce')
  @HttpCode(201)
  async record(
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OutsideCeModel> {
    const upload = await this.readForm(request);
    return OutsideCeModel.from(await this.outside.record(principal.userId, upload));
  }

  @Get('outside-ce/:id/file')
  async file(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    if (!isUUID(id)) throw new NotFoundError('No such outside CE record');
    const { row, file } = await this.outside.file(principal.userId, id);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${row.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file.bytes);
  }

  @Get('licenses/:licenseId/audit-pack.pdf')
  async auditPack(
    @Param('licenseId') licenseId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    if (!isUUID(licenseId)) throw new NotFoundError('No such license');
    const { bytes, fileName } = await this.packs.render(principal.userId, licenseId);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(bytes));
  }

  private async readForm(request: FastifyRequest): Promise<OutsideCeUpload> {
    if (!request.isMultipart()) {
      throw InvalidInputError.of('file', 'Send the record as multipart/form-data');
    }
    const fields: Record<string, string> = {};
    let file: Buffer | null = null;
    let fileName: string | null = null;
    try {
      const parts = request.parts({
        limits: {
          fileSize: OUTSIDE_CE_MAX_BYTES,
          files: 1,
          fields: FIELDS.length,
          parts: FIELDS.length + 1,
        },
      });
      for await (const part of parts) {
        if (part.type === 'file') {
          const bytes = await part.toBuffer();
          if (part.fieldname === 'file') {
            file = bytes;
            fileName = part.filename;
          }
        } else if ((FIELDS as readonly string[]).includes(part.fieldname)) {
          fields[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      throw InvalidInputError.of('file', 'The upload could not be read: send it again');
    }
    // Multipart fields skip the global input pipe: the same checks, applied here.
    const input = (await new InputValidationPipe().transform(
      { topics: '', ...fields },
      { type: 'body', metatype: OutsideCeInput, data: undefined },
    )) as OutsideCeInput;
    return { input, file, fileName };
  }
}
