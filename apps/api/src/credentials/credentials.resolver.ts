import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { ClientAddress, CurrentPrincipal, Public, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { CertificatesService } from './certificates.service.js';
import { CredentialProgramsService } from './credential-programs.service.js';
import { CreateCredentialProgramInput, RevokeCertificateInput } from './dto/credentials.input.js';
import {
  CertificateModel,
  CertificateVerificationModel,
  TranscriptModel,
} from './models/certificate.model.js';
import { CredentialProgramModel } from './models/credential-program.model.js';
import { VerificationRateLimiter } from './verification-rate-limiter.js';

@Resolver()
export class CredentialsResolver {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly programs: CredentialProgramsService,
    private readonly limiter: VerificationRateLimiter,
  ) {}

  @Query(() => [CertificateModel], { description: 'Your certificates, newest first' })
  myCertificates(@CurrentPrincipal() principal: Principal): Promise<CertificateModel[]> {
    return this.certificates.mine(principal.userId);
  }

  @Query(() => TranscriptModel, { description: 'CE hours by year and in total' })
  myTranscript(@CurrentPrincipal() principal: Principal): Promise<TranscriptModel> {
    return this.certificates.transcript(principal.userId);
  }

  @Public()
  @Query(() => CertificateVerificationModel, {
    description: 'Check a certificate by its code: no account needed',
  })
  async verifyCertificate(
    @Args('code') code: string,
    @ClientAddress() address: string,
  ): Promise<CertificateVerificationModel> {
    await this.limiter.take(address);
    return this.certificates.verify(code.slice(0, 40));
  }

  @Mutation(() => CertificateModel, {
    description:
      'Your certificate again, with the name and license your profile has now; the old code then verifies as SUPERSEDED',
  })
  reissueCertificate(
    @Args('code') code: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CertificateModel> {
    return this.certificates.reissue(code.slice(0, 40), principal);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CertificateModel, {
    description: 'Revoke a certificate; verification shows it at once',
  })
  revokeCertificate(
    @Args('input') input: RevokeCertificateInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CertificateModel> {
    return this.certificates.revoke(input.code, input.reason, principal);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CredentialProgramModel)
  createCredentialProgram(
    @Args('input') input: CreateCredentialProgramInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CredentialProgramModel> {
    return this.programs.create(input, principal);
  }

  @Query(() => [CredentialProgramModel])
  credentialPrograms(): Promise<CredentialProgramModel[]> {
    return this.programs.list();
  }
}
