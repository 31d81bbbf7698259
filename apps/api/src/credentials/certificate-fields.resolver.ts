import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { Clock, todayUtc } from '../config/clock.js';
import { LicenseModel } from '../identity/models/license.model.js';
import { CertificateModel } from './models/certificate.model.js';

@Resolver(() => CertificateModel)
export class CertificateFieldsResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => LicenseModel, {
    nullable: true,
    description:
      'The license it was earned under, as it is now (null once removed from the profile); licenseNumber and licenseState are what was printed',
  })
  async license(
    @Parent() certificate: CertificateModel,
    @Context() context: GraphQLContext,
  ): Promise<LicenseModel | null> {
    if (!certificate.licenseId) return null;
    // One batch for a whole list of certificates (the identity module's loader).
    const license = await context.loaders.licenseById.load(certificate.licenseId);
    return license ? LicenseModel.from(license, todayUtc(this.clock)) : null;
  }
}
