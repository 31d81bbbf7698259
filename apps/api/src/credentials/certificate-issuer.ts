import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { IsNull, type EntityManager } from 'typeorm';
import {
  approvalHours,
  buildAchievementCredential,
  deliveryMethodOf,
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
import { IdentityReader, type AccountSummary } from '../identity/identity-reader.js';
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

/** What a certificate row holds besides its code, status-list entry, credential and time. */
type Printed = Pick<
  CertificateEntity,
  | 'kind'
  | 'userId'
  | 'enrollmentId'
  | 'programId'
  | 'holderName'
  | 'licenseNumber'
  | 'licenseState'
  | 'licenseId'
  | 'title'
  | 'courseSlug'
  | 'courseVersion'
  | 'provider'
  | 'approvals'
  | 'ceHours'
  | 'creditMinutes'
  | 'onlineMinutes'
  | 'liveMinutes'
  | 'credentialKind'
  | 'scopeStatement'
  | 'disclosure'
  | 'completedOn'
  | 'expiresOn'
  | 'deliveryMethod'
>;

/**
 * Makes a certificate: snapshots the holder, signs the Open Badges credential and inserts
 * the row. The caller holds the lock that makes issuance happen once; the unique
 * indexes (`certificates_current_enrollment_idx`, `certificates_program_once_idx`) are the
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
    const holder = await this.holder(manager, what.userId);
    const completedOn = todayUtc(this.clock);
    // Stored with its unit and hours; the words are made when read.
    const approvals = what.approvals.map((approval) => {
      const { hoursText: _words, ...snapshot } = approvalHours(approval, what.creditMinutes);
      return snapshot;
    });
    const id = await this.insert(manager, {
      kind: what.kind,
      userId: what.userId,
      enrollmentId: what.enrollmentId,
      programId: what.programId,
      holderName: holder.displayName,
      licenseNumber: holder.licenseNumber,
      licenseState: holder.licenseState,
      licenseId: holder.licenseId,
      title: what.title,
      courseSlug: what.slug,
      courseVersion: what.version,
      provider: this.config.providerName,
      approvals,
      ceHours: contactHours(what.creditMinutes, DEFAULT_CONTACT_HOUR),
      creditMinutes: what.creditMinutes,
      onlineMinutes: what.creditMinutes - what.liveMinutes,
      liveMinutes: what.liveMinutes,
      credentialKind: what.credentialKind,
      scopeStatement: what.scopeStatement,
      disclosure: what.disclosure,
      completedOn,
      expiresOn: expiryDate(completedOn, what.validityMonths),
      deliveryMethod: deliveryMethodOf(what.creditMinutes - what.liveMinutes, what.liveMinutes),
    });
    if (!id) {
      return manager.findOneOrFail(CertificateEntity, {
        where: what.enrollmentId
          ? { enrollmentId: what.enrollmentId, supersededAt: IsNull() }
          : {
              programId: what.programId!,
              userId: what.userId,
              completedOn,
              supersededAt: IsNull(),
            },
      });
    }
    const certificate = await manager.findOneByOrFail(CertificateEntity, { id });
    await this.audit.record(manager, {
      actorId: null,
      action: 'CERTIFICATE_ISSUED',
      subjectType: 'certificate',
      subjectId: id,
      details: { code: certificate.code, kind: what.kind, userId: what.userId, title: what.title },
    });
    const { kind, userId, enrollmentId, programId } = what;
    await this.events.emitAsync(
      CertificateIssued.event,
      new CertificateIssued(id, certificate.code, kind, userId, enrollmentId, programId, manager),
    );
    return certificate;
  }

  /**
   * The same certificate again in the holder's current name and license: what it certifies
   * (course, hours, approvals, completion and expiry) copied from `old`, a new code and a new
   * signed credential. The caller has locked `old`, read the `holder` as they are now and
   * marked `old` superseded (so the new one can be the current one), and names the new one in
   * it afterwards. Not announced as an
   * issue: nothing was earned again, so no program credential may follow from it.
   */
  async reissue(
    manager: EntityManager,
    old: CertificateEntity,
    holder: AccountSummary,
  ): Promise<CertificateEntity> {
    const id = await this.insert(manager, {
      kind: old.kind,
      userId: old.userId,
      enrollmentId: old.enrollmentId,
      programId: old.programId,
      holderName: holder.displayName,
      licenseNumber: holder.licenseNumber,
      licenseState: holder.licenseState,
      licenseId: holder.licenseId,
      title: old.title,
      courseSlug: old.courseSlug,
      courseVersion: old.courseVersion,
      provider: old.provider,
      approvals: old.approvals,
      ceHours: old.ceHours,
      creditMinutes: old.creditMinutes,
      onlineMinutes: old.onlineMinutes,
      liveMinutes: old.liveMinutes,
      credentialKind: old.credentialKind,
      scopeStatement: old.scopeStatement,
      disclosure: old.disclosure,
      completedOn: old.completedOn,
      expiresOn: old.expiresOn,
      deliveryMethod: old.deliveryMethod,
    });
    if (!id) throw new Error(`certificate ${old.code} was reissued twice at once`);
    return manager.findOneByOrFail(CertificateEntity, { id });
  }

  private async holder(manager: EntityManager, userId: string) {
    const [holder] = await this.identity.accountsByIds([userId], manager);
    if (!holder) throw new Error(`no account ${userId} to issue a certificate to`);
    return holder;
  }

  /**
   * Signs the Open Badges credential for these values and inserts the row with it, under a
   * new code and status-list entry. The id, or null when a unique rule kept it out.
   */
  private async insert(manager: EntityManager, values: Printed): Promise<string | null> {
    const [{ index }] = (await manager.query(
      `SELECT nextval('certificates_status_index_seq')::int AS index`,
    )) as [{ index: number }];
    const code = generateCertificateCode();
    const urls = certificateUrls(this.config);
    const credential = buildAchievementCredential(
      {
        code,
        holderName: values.holderName,
        licenseNumber: values.licenseNumber,
        licenseState: values.licenseState,
        courseTitle: values.title,
        courseVersion: values.courseVersion ?? 0,
        courseSlug: values.courseSlug ?? '',
        ceHours: values.ceHours,
        creditMinutes: values.creditMinutes,
        onlineMinutes: values.onlineMinutes,
        liveMinutes: values.liveMinutes,
        credentialKind: values.credentialKind,
        scopeStatement: values.scopeStatement,
        completedOn: values.completedOn,
        expiresOn: values.expiresOn,
        provider: values.provider,
        approvals: values.approvals,
        deliveryMethod: values.deliveryMethod,
        statusListIndex: bitInList(index),
        program: values.kind === CertificateKind.PROGRAM,
      },
      urls.issuer,
      { credentialBase: urls.credentialBase, statusListUrl: urls.statusList(index) },
    );
    const inserted = (await manager
      .createQueryBuilder()
      .insert()
      .into(CertificateEntity)
      .values({
        ...values,
        code,
        statusListIndex: index,
        credentialJwt: await signCredential(credential, this.key),
        issuedAt: this.clock.now(),
      })
      .orIgnore()
      .returning('id')
      .execute()) as { raw: { id: string }[] };
    return inserted.raw[0]?.id ?? null;
  }
}
