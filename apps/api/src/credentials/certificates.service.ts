import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Role } from '@fascicle/common';
import {
  buildStatusListCredential,
  encodeStatusList,
  holderDetailsChanged,
  normalizeCertificateCode,
  signCredential,
  STATUS_LIST_SIZE,
  type SigningKey,
} from '@fascicle/credentials';
import { certificateStatus, hoursByYear, toCsv, verifiedStatus } from '@fascicle/learning';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Clock, todayUtc } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { IdentityReader, type AccountSummary } from '../identity/identity-reader.js';
import { enrollmentCourseIdSql } from '../learning/enrollment-course-sql.js';
import { RawEntityReader } from '../database/raw-entity-reader.js';
import { CertificateIssuer } from './certificate-issuer.js';
import { certificateUrls } from './certificate-urls.js';
import { CertificateEntity } from './entities/certificate.entity.js';
import { CertificateRevoked } from './events.js';
import {
  ApprovalOnCertificateModel,
  CertificateModel,
  CertificateVerificationModel,
  VerificationStatus,
  type TranscriptModel,
} from './models/certificate.model.js';
import { SIGNING_KEY } from './signing-key.provider.js';

/**
 * Reading, verifying, reissuing and revoking certificates; transcripts; the revocation status
 * lists. A reissued certificate is superseded: it still verifies (as SUPERSEDED, naming the
 * current one) but is no longer listed, counted or reminded of.
 */
@Injectable()
export class CertificatesService {
  /** The public check's read: the busiest read there is (raw-entity-reader.ts). */
  private readonly certificateRows: RawEntityReader<CertificateEntity>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SIGNING_KEY) private readonly key: SigningKey,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    private readonly identity: IdentityReader,
    private readonly issuer: CertificateIssuer,
  ) {
    this.certificateRows = new RawEntityReader(db, CertificateEntity);
  }

  /** `holder`: the holder's account now, to tell whether a reissue would change the print. */
  model(entity: CertificateEntity, holder?: AccountSummary | null): CertificateModel {
    const status = certificateStatus(entity, todayUtc(this.clock));
    const model = CertificateModel.from(entity, status, this.config.publicUrl);
    model.reissuable =
      !!holder &&
      entity.revokedAt === null &&
      entity.supersededAt === null &&
      printsOldDetails(entity, holder);
    return model;
  }

  /** The holder's current certificates (reissued ones are superseded and left out). */
  async mine(userId: string): Promise<CertificateModel[]> {
    const [rows, [holder]] = await Promise.all([
      this.db.manager.find(CertificateEntity, {
        where: { userId, supersededAt: IsNull() },
        order: { completedOn: 'DESC', issuedAt: 'DESC' },
        take: 1000,
      }),
      this.identity.accountsByIds([userId]),
    ]);
    return rows.map((row) => this.model(row, holder));
  }

  /**
   * The certificate again, in the holder's current name and license (after they corrected
   * their profile): a new code becomes the current certificate of that completion, and the
   * old code verifies as SUPERSEDED, naming the new one. The holder's own, or any for an admin.
   */
  async reissue(code: string, principal: Principal): Promise<CertificateModel> {
    const normalized = normalizeCertificateCode(code);
    if (!normalized) throw new NotFoundError('No such certificate', { field: 'code' });
    return this.db.transaction(async (manager) => {
      const old = await manager.findOne(CertificateEntity, {
        where: { code: normalized },
        lock: { mode: 'pessimistic_write' },
      });
      if (!old) throw new NotFoundError('No such certificate', { field: 'code' });
      if (old.userId !== principal.userId && !principal.roles.includes(Role.ADMIN)) {
        throw new ForbiddenError('Only the holder or an admin can reissue this certificate');
      }
      if (old.revokedAt) {
        throw new ConflictError('A revoked certificate cannot be reissued', {
          field: 'code',
          reason: 'REVOKED',
        });
      }
      if (old.supersededAt) {
        const current = await this.currentOf(manager, old);
        throw new ConflictError(
          `This certificate was reissued already: the current one is ${current.code}`,
          { field: 'code', reason: 'SUPERSEDED' },
        );
      }
      const [holder] = await this.identity.accountsByIds([old.userId], manager);
      if (!holder || !printsOldDetails(old, holder)) {
        throw new ConflictError(
          'This certificate already shows the name and license on the profile: correct the profile first',
          { field: 'code', reason: 'UP_TO_DATE' },
        );
      }
      const now = this.clock.now();
      // Out of the current-certificate rule first, so that the new one can take its place.
      await manager.update(CertificateEntity, { id: old.id }, { supersededAt: now });
      const reissued = await this.issuer.reissue(manager, old, holder);
      await manager.update(CertificateEntity, { id: old.id }, { supersededBy: reissued.id });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'CERTIFICATE_REISSUED',
        subjectType: 'certificate',
        subjectId: reissued.id,
        details: { code: reissued.code, replaces: old.code, userId: old.userId },
      });
      return this.model(reissued, holder);
    });
  }

  /** The certificate that now stands for a superseded one (following every reissue). */
  private async currentOf(
    manager: EntityManager,
    certificate: CertificateEntity,
  ): Promise<CertificateEntity> {
    let current = certificate;
    // A chain of corrections is short; the bound only guards against a cycle.
    for (let hop = 0; hop < 50 && current.supersededBy; hop += 1) {
      current = await manager.findOneByOrFail(CertificateEntity, { id: current.supersededBy });
    }
    return current;
  }

  /**
   * The certificate a code names, typed as people type it. A code whose check character
   * fails is not looked up at all.
   */
  async byCode(code: string): Promise<CertificateEntity | null> {
    const normalized = normalizeCertificateCode(code);
    return normalized ? this.withNormalizedCode(normalized) : null;
  }

  /** The one read of a certificate by its code (already normalized): the public check's too. */
  private async withNormalizedCode(code: string): Promise<CertificateEntity | null> {
    const [certificate] = await this.certificateRows.where('"code" = $1 LIMIT 1', [code]);
    return certificate ?? null;
  }

  /** The holder's own certificate, or any for an admin. Someone else's: FORBIDDEN. */
  async forHolderOrAdmin(code: string, principal: Principal): Promise<CertificateEntity> {
    const certificate = await this.byCode(code);
    if (!certificate) throw new NotFoundError('No such certificate', { field: 'code' });
    if (certificate.userId !== principal.userId && !principal.roles.includes(Role.ADMIN)) {
      throw new ForbiddenError('Only the holder or an admin can download this certificate');
    }
    return certificate;
  }

  /**
   * The public check. A code whose check character fails is refused before any lookup;
   * otherwise one indexed lookup by code.
   */
  async verify(input: string): Promise<CertificateVerificationModel> {
    const code = normalizeCertificateCode(input);
    const empty = {
      holderName: null,
      licenseNumber: null,
      licenseState: null,
      title: null,
      courseVersion: null,
      provider: null,
      ceHours: null,
      creditMinutes: null,
      onlineMinutes: null,
      liveMinutes: null,
      credentialKind: null,
      scopeStatement: null,
      approvals: [],
      completedOn: null,
      expiresOn: null,
      revokedOn: null,
      supersededByCode: null,
      supersededByUrl: null,
    };
    if (!code) {
      return {
        status: VerificationStatus.NOT_FOUND,
        code: input.trim(),
        codeWellFormed: false,
        ...empty,
      };
    }
    const certificate = await this.withNormalizedCode(code);
    if (!certificate) {
      return { status: VerificationStatus.NOT_FOUND, code, codeWellFormed: true, ...empty };
    }
    const status = verifiedStatus(certificate, todayUtc(this.clock));
    const current =
      status === 'SUPERSEDED' ? await this.currentOf(this.db.manager, certificate) : null;
    return {
      status: VerificationStatus[status],
      code,
      codeWellFormed: true,
      supersededByCode: current?.code ?? null,
      supersededByUrl: current ? `${this.config.publicUrl}/verify/${current.code}` : null,
      holderName: certificate.holderName,
      licenseNumber: certificate.licenseNumber,
      licenseState: certificate.licenseState,
      title: certificate.title,
      courseVersion: certificate.courseVersion,
      provider: certificate.provider,
      ceHours: certificate.ceHours,
      // What it certifies and its hours, so a verifier does not read more into it; the
      // disclosure stays on the holder's copy.
      creditMinutes: certificate.creditMinutes,
      onlineMinutes: certificate.onlineMinutes,
      liveMinutes: certificate.liveMinutes,
      credentialKind: certificate.credentialKind,
      scopeStatement: certificate.scopeStatement,
      approvals: ApprovalOnCertificateModel.list(certificate),
      completedOn: certificate.completedOn,
      expiresOn: certificate.expiresOn,
      revokedOn: certificate.revokedAt ? certificate.revokedAt.toISOString().slice(0, 10) : null,
    };
  }

  async revoke(code: string, reason: string, principal: Principal): Promise<CertificateModel> {
    const normalized = normalizeCertificateCode(code);
    if (!normalized) throw new NotFoundError('No such certificate', { field: 'code' });
    const { revoked, revocations } = await this.db.transaction(async (manager) => {
      const certificate = await manager.findOne(CertificateEntity, {
        where: { code: normalized },
        lock: { mode: 'pessimistic_write' },
      });
      if (!certificate) throw new NotFoundError('No such certificate', { field: 'code' });
      if (certificate.revokedAt) {
        throw new ConflictError('This certificate is already revoked', {
          reason: 'ALREADY_REVOKED',
        });
      }
      if (certificate.supersededAt) {
        const current = await this.currentOf(manager, certificate);
        throw new ConflictError(
          `This certificate was reissued as ${current.code}: revoke that one`,
          { field: 'code', reason: 'SUPERSEDED' },
        );
      }
      const revokedAt = this.clock.now();
      Object.assign(certificate, {
        revokedAt,
        revokedReason: reason,
        revokedBy: principal.userId,
      });
      await manager.save(certificate);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'CERTIFICATE_REVOKED',
        subjectType: 'certificate',
        subjectId: certificate.id,
        details: { code: certificate.code, reason },
      });
      // A program credential rests on its courses: it falls with any of them.
      const dependentReason = `Course certificate ${certificate.code} revoked`;
      const dependents = (await manager.query(
        `UPDATE certificates p SET revoked_at = $3, revoked_reason = $4, revoked_by = $5
          WHERE p.kind = 'PROGRAM' AND p.user_id = $1 AND p.revoked_at IS NULL
            AND p.program_id IN (
              SELECT pc.program_id FROM credential_program_courses pc
               WHERE pc.course_id = ${enrollmentCourseIdSql('$2::uuid')})
          RETURNING p.id, p.code`,
        [
          certificate.userId,
          certificate.enrollmentId,
          revokedAt,
          dependentReason,
          principal.userId,
        ],
      )) as [{ id: string; code: string }[], number];
      for (const dependent of dependents[0] ?? []) {
        await this.audit.record(manager, {
          actorId: principal.userId,
          action: 'CERTIFICATE_REVOKED',
          subjectType: 'certificate',
          subjectId: dependent.id,
          details: {
            code: dependent.code,
            reason: 'component course certificate revoked',
            component: certificate.code,
          },
        });
      }
      const { id, code: revokedCode, userId } = certificate;
      return {
        revoked: this.model(certificate),
        revocations: [
          new CertificateRevoked(id, revokedCode, userId, reason, revokedAt),
          ...(dependents[0] ?? []).map(
            (dependent) =>
              new CertificateRevoked(
                dependent.id,
                dependent.code,
                userId,
                dependentReason,
                revokedAt,
              ),
          ),
        ],
      };
    });
    // After the commit: a subscriber (mail, say) acts on a revocation that stands.
    for (const event of revocations) await this.events.emitAsync(CertificateRevoked.event, event);
    return revoked;
  }

  async transcript(userId: string): Promise<TranscriptModel> {
    const certificates = await this.mine(userId);
    const counted = certificates.filter((c) => c.status !== 'REVOKED' && c.kind === 'COURSE');
    const { years, totalHours } = hoursByYear(counted);
    return {
      totalHours,
      years,
      certificates,
      csvUrl: `${this.config.publicUrl}/me/transcript.csv`,
    };
  }

  async transcriptCsv(userId: string): Promise<string> {
    const certificates = await this.mine(userId);
    return toCsv(
      [
        'Completed',
        'Kind',
        'Title',
        'Version',
        'CE hours',
        'Minutes',
        'Online minutes',
        'Live minutes',
        'Credential kind',
        'Provider',
        'Approvals',
        'Certificate',
        'Expires',
        'Status',
        'Holder',
        'License',
      ],
      certificates.map((c) => [
        c.completedOn,
        // A program credential repeats its courses' hours: marked, so a sum can leave it out.
        c.kind === 'PROGRAM' ? 'Program credential' : 'Course',
        c.title,
        c.courseVersion,
        c.ceHours,
        c.creditMinutes,
        c.onlineMinutes,
        c.liveMinutes,
        c.credentialKind,
        c.provider,
        // A board reads its own unit: "Board X-1: 1.5 contact hours of 50 minutes".
        c.approvals
          .map(
            (a) => `${a.body} ${a.approvalNumber}${a.isSample ? ' (sample)' : ''}: ${a.hoursText}`,
          )
          .join('; '),
        c.code,
        c.expiresOn,
        c.status,
        c.holderName,
        [c.licenseState, c.licenseNumber].filter(Boolean).join(' '),
      ]),
    );
  }

  /** Status list `list` (entries list×SIZE … list×SIZE+SIZE−1) as a signed credential. */
  async statusListJwt(list: number): Promise<string | null> {
    const [{ max }] = (await this.db.query(
      `SELECT COALESCE(MAX(status_list_index), -1)::int AS max FROM certificates`,
    )) as [{ max: number }];
    if (list < 0 || list > Math.floor(Math.max(max, 0) / STATUS_LIST_SIZE)) return null;
    const from = list * STATUS_LIST_SIZE;
    const rows = (await this.db.query(
      // A reissued credential is withdrawn too: its replacement carries the corrected details.
      `SELECT status_list_index AS i FROM certificates
        WHERE (revoked_at IS NOT NULL OR superseded_at IS NOT NULL)
          AND status_list_index >= $1 AND status_list_index < $2`,
      [from, from + STATUS_LIST_SIZE],
    )) as { i: number }[];
    const urls = certificateUrls(this.config);
    const now = this.clock.now();
    const credential = {
      ...buildStatusListCredential({
        id: urls.statusList(from),
        issuer: urls.issuer,
        encodedList: encodeStatusList(rows.map((row) => row.i - from)),
        validFrom: now.toISOString(),
      }),
      // A saved list goes stale in a day: an offline check cannot lean on old news forever.
      validUntil: new Date(now.getTime() + 86_400_000).toISOString(),
    };
    return signCredential(credential, this.key);
  }
}

/** Whether a certificate prints other holder details than the holder's profile has now. */
function printsOldDetails(certificate: CertificateEntity, holder: AccountSummary): boolean {
  return holderDetailsChanged(certificate, {
    holderName: holder.displayName,
    licenseNumber: holder.licenseNumber,
    licenseState: holder.licenseState,
  });
}
