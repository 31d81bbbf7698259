import { Controller, Get, Header, Inject, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { publicJwks, type SigningKey } from '@fascicle/credentials';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { RequestWithPrincipal } from '../graphql/graphql-context.js';
import { ClientAddress, CurrentPrincipal, Public } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { CertificatePdfs } from './certificate-pdfs.js';
import { CertificatesService } from './certificates.service.js';
import type { CertificateVerificationModel } from './models/certificate.model.js';
import { SIGNING_KEY } from './signing-key.provider.js';
import { VerificationRateLimiter } from './verification-rate-limiter.js';

/**
 * The REST side of credentials, where GraphQL is the wrong tool: files (PDF, CSV, JWT) and
 * the well-known URLs offline verifiers fetch.
 */
@Controller()
export class CredentialsController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly limiter: VerificationRateLimiter,
    private readonly pdfs: CertificatePdfs,
    @Inject(SIGNING_KEY) private readonly key: SigningKey,
  ) {}

  @Public()
  @Get('.well-known/jwks.json')
  @Header('cache-control', 'public, max-age=300')
  jwks() {
    return publicJwks([this.key]);
  }

  @Public()
  @Get('verify/:code')
  async verify(
    @Param('code') code: string,
    @ClientAddress() address: string,
  ): Promise<CertificateVerificationModel> {
    await this.limiter.take(address);
    return this.certificates.verify(code);
  }

  @Public()
  @Get('credentials/status/:list')
  async statusList(@Param('list') list: string, @Res() reply: FastifyReply) {
    const jwt = /^\d{1,6}$/.test(list) ? await this.certificates.statusListJwt(Number(list)) : null;
    if (!jwt) throw new NotFoundError('No such status list');
    return reply
      .header('content-type', 'application/vc+jwt')
      .header('cache-control', 'no-cache')
      .send(jwt);
  }

  /** The signed credential a certificate's `id` points at. */
  @Public()
  @Get('credentials/:code')
  async credential(
    @Param('code') code: string,
    @ClientAddress() address: string,
    @Res() reply: FastifyReply,
  ) {
    await this.limiter.take(address);
    const certificate = await this.certificates.byCode(code);
    if (!certificate) throw new NotFoundError('No such credential');
    return reply.header('content-type', 'application/vc+jwt').send(certificate.credentialJwt);
  }

  @Get('certificates/:file')
  async pdf(
    @Param('file') file: string,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    if (!file.endsWith('.pdf')) throw new NotFoundError('No such file');
    const certificate = await this.certificates.forHolderOrAdmin(file.slice(0, -4), principal);
    const bytes = await this.pdfs.render(certificate);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="certificate-${certificate.code}.pdf"`)
      .send(Buffer.from(bytes));
  }

  @Get('me/transcript.csv')
  async transcriptCsv(@Req() request: RequestWithPrincipal, @Res() reply: FastifyReply) {
    const csv = await this.certificates.transcriptCsv(request.principal!.userId);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="transcript.csv"')
      .send(csv);
  }
}
