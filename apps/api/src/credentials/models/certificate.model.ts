import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { CertificateStatus } from '@fascicle/learning';
import { CertificateKind, type CertificateEntity } from '../entities/certificate.entity.js';

registerEnumType(CertificateStatus, { name: 'CertificateStatus' });
registerEnumType(CertificateKind, { name: 'CertificateKind' });

@ObjectType('ApprovalOnCertificate')
export class ApprovalOnCertificateModel {
  @Field()
  body: string;

  @Field()
  approvalNumber: string;

  @Field({ description: 'A demonstration record, not a real approval' })
  isSample: boolean;
}

/** A certificate as its holder (or an admin) sees it. */
@ObjectType('Certificate')
export class CertificateModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Human-typable, Crockford base32 with a check character' })
  code: string;

  @Field(() => CertificateKind)
  kind: CertificateKind;

  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field()
  holderName: string;

  @Field(() => String, { nullable: true })
  licenseNumber: string | null;

  @Field(() => String, { nullable: true })
  licenseState: string | null;

  @Field({ description: "The course's or program's title at issue" })
  title: string;

  @Field(() => Int, { nullable: true })
  courseVersion: number | null;

  @Field()
  provider: string;

  @Field(() => [ApprovalOnCertificateModel])
  approvals: ApprovalOnCertificateModel[];

  @Field(() => Float)
  ceHours: number;

  @Field({ description: 'YYYY-MM-DD' })
  completedOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last valid day' })
  expiresOn: string | null;

  @Field()
  deliveryMethod: string;

  @Field(() => GraphQLISODateTime)
  issuedAt: Date;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  revokedOn: string | null;

  @Field({ description: 'The signed Open Badges 3.0 credential (JWT, EdDSA)' })
  credentialJwt: string;

  @Field({ description: 'Public page anyone can open to verify' })
  verifyUrl: string;

  @Field({ description: 'PDF download (holder or admin, with a bearer token)' })
  pdfUrl: string;

  static from(entity: CertificateEntity, status: CertificateStatus, publicUrl: string) {
    return Object.assign(new CertificateModel(), {
      id: entity.id,
      code: entity.code,
      kind: entity.kind,
      status,
      holderName: entity.holderName,
      licenseNumber: entity.licenseNumber,
      licenseState: entity.licenseState,
      title: entity.title,
      courseVersion: entity.courseVersion,
      provider: entity.provider,
      approvals: entity.approvals,
      ceHours: entity.ceHours,
      completedOn: entity.completedOn,
      expiresOn: entity.expiresOn,
      deliveryMethod: entity.deliveryMethod,
      issuedAt: entity.issuedAt,
      revokedOn: entity.revokedAt ? entity.revokedAt.toISOString().slice(0, 10) : null,
      credentialJwt: entity.credentialJwt,
      verifyUrl: `${publicUrl}/verify/${entity.code}`,
      pdfUrl: `${publicUrl}/certificates/${entity.code}.pdf`,
    });
  }
}

export enum VerificationStatus {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(VerificationStatus, { name: 'VerificationStatus' });

/** What a verifier needs, and nothing more: no email, no account, no revocation reason. */
@ObjectType('CertificateVerification')
export class CertificateVerificationModel {
  @Field(() => VerificationStatus)
  status: VerificationStatus;

  @Field({ description: 'The code as checked (normalised when well formed)' })
  code: string;

  @Field({ description: 'False when the check character shows a typing mistake' })
  codeWellFormed: boolean;

  @Field(() => String, { nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true })
  licenseNumber: string | null;

  @Field(() => String, { nullable: true })
  licenseState: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => Int, { nullable: true })
  courseVersion: number | null;

  @Field(() => String, { nullable: true })
  provider: string | null;

  @Field(() => Float, { nullable: true })
  ceHours: number | null;

  @Field(() => String, { nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true })
  expiresOn: string | null;

  @Field(() => String, { nullable: true, description: 'The date only; the reason stays private' })
  revokedOn: string | null;
}

@ObjectType('CeHoursYear')
export class CeHoursYearModel {
  @Field(() => Int)
  year: number;

  @Field(() => Float)
  hours: number;
}

@ObjectType('Transcript')
export class TranscriptModel {
  @Field(() => Float, { description: 'Hours of valid and expired certificates (not revoked)' })
  totalHours: number;

  @Field(() => [CeHoursYearModel])
  years: CeHoursYearModel[];

  @Field(() => [CertificateModel])
  certificates: CertificateModel[];

  @Field({ description: 'CSV download (with a bearer token)' })
  csvUrl: string;
}
