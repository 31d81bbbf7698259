import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { CredentialKind } from '@fascicle/catalog';
import { approvalHours, type DeliveryMethod } from '@fascicle/credentials';
import { CertificateStatus } from '@fascicle/learning';
import { CourseDisclosureModel } from '../../catalog/models/disclosure.model.js';
import { CertificateKind } from '../certificate-kind.js';
import type { CertificateEntity } from '../entities/certificate.entity.js';

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

  @Field(() => Int, { description: "The body's contact hour: 50 or 60 minutes" })
  minutesPerHour: number;

  @Field(() => Float, { description: "The body's step of credit, in hours" })
  increment: number;

  @Field(() => Float, { description: 'Hours granted, in this unit' })
  hours: number;

  @Field({ description: 'e.g. "1.5 contact hours of 50 minutes"' })
  hoursText: string;

  /** Certificates issued before approvals had units read as 60-minute quarter hours. */
  static list(entity: CertificateEntity): ApprovalOnCertificateModel[] {
    return entity.approvals.map((approval) =>
      Object.assign(
        new ApprovalOnCertificateModel(),
        approvalHours(approval, entity.creditMinutes),
      ),
    );
  }
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

  @Field(() => [ApprovalOnCertificateModel], {
    description: 'The approvals in force at issue, each with its hours in its own unit',
  })
  approvals: ApprovalOnCertificateModel[];

  @Field(() => Float, { description: 'Hours of 60 minutes, rounded down to the quarter' })
  ceHours: number;

  @Field(() => Int, { description: 'Minutes of instruction certified' })
  creditMinutes: number;

  @Field(() => Int, { description: 'Of which self-paced online' })
  onlineMinutes: number;

  @Field(() => Int, { description: 'Of which live or in-person' })
  liveMinutes: number;

  @Field(() => CredentialKind)
  credentialKind: CredentialKind;

  @Field({ description: 'What the certificate attests and what it does not (may be empty)' })
  scopeStatement: string;

  @Field(() => CourseDisclosureModel, {
    nullable: true,
    description: "The course's disclosure as learners saw it (none for a program)",
  })
  disclosure: CourseDisclosureModel | null;

  @Field({ description: 'YYYY-MM-DD' })
  completedOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last valid day' })
  expiresOn: string | null;

  @Field(() => String, {
    description: "'online' (self-paced), 'blended' (online and in person) or 'in-person'",
  })
  deliveryMethod: DeliveryMethod;

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

  @Field({
    description:
      "The holder's name or license changed since issue: reissueCertificate prints them anew",
  })
  reissuable: boolean;

  /** The license it was earned under, resolved as `license` (not a field of its own). */
  licenseId: string | null;

  static from(entity: CertificateEntity, status: CertificateStatus, publicUrl: string) {
    return Object.assign(new CertificateModel(), {
      id: entity.id,
      code: entity.code,
      kind: entity.kind,
      status,
      holderName: entity.holderName,
      licenseNumber: entity.licenseNumber,
      licenseState: entity.licenseState,
      licenseId: entity.licenseId,
      title: entity.title,
      courseVersion: entity.courseVersion,
      provider: entity.provider,
      approvals: ApprovalOnCertificateModel.list(entity),
      ceHours: entity.ceHours,
      creditMinutes: entity.creditMinutes,
      onlineMinutes: entity.onlineMinutes,
      liveMinutes: entity.liveMinutes,
      credentialKind: entity.credentialKind,
      scopeStatement: entity.scopeStatement,
      disclosure: CourseDisclosureModel.from(entity.disclosure),
      completedOn: entity.completedOn,
      expiresOn: entity.expiresOn,
      deliveryMethod: entity.deliveryMethod,
      issuedAt: entity.issuedAt,
      revokedOn: entity.revokedAt ? entity.revokedAt.toISOString().slice(0, 10) : null,
      credentialJwt: entity.credentialJwt,
      verifyUrl: `${publicUrl}/verify/${entity.code}`,
      pdfUrl: `${publicUrl}/certificates/${entity.code}.pdf`,
      reissuable: false,
    });
  }
}

export enum VerificationStatus {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  /** Reissued with the holder's corrected details: `supersededByCode` is the current one. */
  SUPERSEDED = 'SUPERSEDED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  valuesMap: {
    SUPERSEDED: {
      description:
        "Reissued with the holder's corrected name or license: supersededByCode names the current certificate",
    },
  },
});

/** What a verifier needs, and nothing more: no email, no account, no revocation reason. */
@ObjectType('CertificateVerification')
export class CertificateVerificationModel {
  @Field(() => VerificationStatus)
  status: VerificationStatus;

  @Field({ description: 'The code as checked (normalised when well formed)' })
  code: string;

  @Field(() => String, {
    nullable: true,
    description: 'When SUPERSEDED: the code of the certificate that replaced this one',
  })
  supersededByCode: string | null;

  @Field(() => String, { nullable: true, description: 'When SUPERSEDED: where to verify that one' })
  supersededByUrl: string | null;

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

  @Field(() => Float, { nullable: true, description: 'Hours of 60 minutes' })
  ceHours: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes of instruction certified' })
  creditMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which self-paced online' })
  onlineMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which live or in-person' })
  liveMinutes: number | null;

  @Field(() => CredentialKind, { nullable: true })
  credentialKind: CredentialKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the certificate attests and what it does not',
  })
  scopeStatement: string | null;

  @Field(() => [ApprovalOnCertificateModel], {
    description: 'Approvals with their hours in each unit; empty when not found',
  })
  approvals: ApprovalOnCertificateModel[];

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
