import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import {
  approvalHours,
  buildAchievementCredential,
  generateCertificateCode,
  signCredential,
  type SigningKey,
} from '@fascicle/credentials';
import {
  contactHours,
  DEFAULT_CONTACT_HOUR,
  type CourseDisclosure,
  type CredentialKind,
} from '@fascicle/catalog';
import { expiryDate } from '@fascicle/learning';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../config/app-config.js';
import { Clock, todayUtc } from '../config/clock.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { CertificateKind, type ApprovalSnapshot } from './certificate-kind.js';
import { bitInList, certificateUrls } from './certificate-urls.js';
import { CertificateEntity } from './entities/certificate.entity.js';
import { CertificateIssued } from './events.js';
import { SIGNING_KEY } from './signing-key.provider.js';

export interface Issuable {
  kind: CertificateKind;
  userId: string;
  enrollmentId: string | null;
  programId: string | null;
  title: string;
  slug: string;
  version: number;
  /** Minutes of instruction certified; hours follow in each approval's unit. */
  creditMinutes: number;
  /** Of which live or in-person (none until live sessions exist). */
  liveMinutes: number;
  credentialKind: CredentialKind;
  scopeStatement: string;
  disclosure: CourseDisclosure | null;
  validityMonths: number | null;
  /** Each with its unit; the issuer adds the hours it grants. */
  approvals: ApprovalSnapshot[];
}

/**
 * Makes a certificate: snapshots the holder, signs the Open Badges credential and inserts
 * the row. The caller holds the lock that makes issuance happen once; the unique
 * constraints (`certificates_enrollment_id_key`, `certificates_program_once_idx`) are the
 * backstop if it did not, and a losing insert returns the certificate that won.
 */
@Injectable()
export class CertificateIssuer {
  constructor(
    @Inject(SIGNING_KEY) private readonly key: SigningKey,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly identity: IdentityReader,
    private readonly events: EventEmitter2,
  ) {}

  async issue(manager: EntityManager, what: Issuable): Promise<CertificateEntity> {
    const [holder] = await this.identity.accountsByIds([what.userId], manager);
    if (!holder) throw new Error(`no account ${what.userId} to issue a certificate to`);
    const [{ index }] = (await manager.query(
      `SELECT nextval('certificates_status_index_seq')::int AS index`,
    )) as [{ index: number }];
    const code = generateCertificateCode();
    const completedOn = todayUtc(this.clock);
    const expiresOn = expiryDate(completedOn, what.validityMonths);
    const urls = certificateUrls(this.config);
    const ceHours = contactHours(what.creditMinutes, DEFAULT_CONTACT_HOUR);
    // Stored with its unit and hours; the words are made when read.
    const approvals = what.approvals.map((approval) => {
      const { hoursText: _words, ...snapshot } = approvalHours(approval, what.creditMinutes);
      return snapshot;
    });
    const credential = buildAchievementCredential(
      {
        code,
        holderName: holder.displayName,
        licenseNumber: holder.licenseNumber,
        licenseState: holder.licenseState,
        courseTitle: what.title,
        courseVersion: what.version,
        courseSlug: what.slug,
        ceHours,
        creditMinutes: what.creditMinutes,
        onlineMinutes: what.creditMinutes - what.liveMinutes,
        liveMinutes: what.liveMinutes,
        credentialKind: what.credentialKind,
        scopeStatement: what.scopeStatement,
        completedOn,
        expiresOn,
        provider: this.config.providerName,
        approvals,
        deliveryMethod: 'online',
        statusListIndex: bitInList(index),
        program: what.kind === CertificateKind.PROGRAM,
      },
      urls.issuer,
      { credentialBase: urls.credentialBase, statusListUrl: urls.statusList(index) },
    );
    const inserted = (await manager
      .createQueryBuilder()
      .insert()
      .into(CertificateEntity)
      .values({
        code,
        kind: what.kind,
        userId: what.userId,
        enrollmentId: what.enrollmentId,
        programId: what.programId,
        holderName: holder.displayName,
        licenseNumber: holder.licenseNumber,
        licenseState: holder.licenseState,
        title: what.title,
        courseSlug: what.slug,
        courseVersion: what.version,
        provider: this.config.providerName,
        approvals,
        ceHours,
        creditMinutes: what.creditMinutes,
        onlineMinutes: what.creditMinutes - what.liveMinutes,
        liveMinutes: what.liveMinutes,
        credentialKind: what.credentialKind,
        scopeStatement: what.scopeStatement,
        disclosure: what.disclosure,
        completedOn,
        expiresOn,
        deliveryMethod: 'online',
        statusListIndex: index,
        credentialJwt: await signCredential(credential, this.key),
        issuedAt: this.clock.now(),
      })
      .orIgnore()
      .returning('id')
      .execute()) as { raw: { id: string }[] };
    const id = inserted.raw[0]?.id;
    if (!id) {
      return manager.findOneOrFail(CertificateEntity, {
        where: what.enrollmentId
          ? { enrollmentId: what.enrollmentId }
          : { programId: what.programId!, userId: what.userId, completedOn },
      });
    }
    await this.audit.record(manager, {
      actorId: null,
      action: 'CERTIFICATE_ISSUED',
      subjectType: 'certificate',
      subjectId: id,
      details: { code, kind: what.kind, userId: what.userId, title: what.title },
    });
    const { kind, userId, enrollmentId, programId } = what;
    await this.events.emitAsync(
      CertificateIssued.event,
      new CertificateIssued(id, code, kind, userId, enrollmentId, programId, manager),
    );
    return manager.findOneByOrFail(CertificateEntity, { id });
  }
}
