import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { retainedUntil } from '@fascicle/credentials';
import type {
  AccountData,
  AccountDataSection,
  ExportedFile,
} from '../common/privacy/account-data.js';
import { CertificatePdfs } from './certificate-pdfs.js';
import { CertificatesService } from './certificates.service.js';
import { CertificateEntity } from './entities/certificate.entity.js';

/**
 * Credentials' part of download-my-data and delete-my-account. Certificates are the record a
 * licensing board may ask for after the account is gone, so deleting the account keeps them as
 * issued, each until the day `retainedUntil` gives, and `purgeRetained` deletes them after.
 */
@Injectable()
export class CredentialsAccountData implements AccountData {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certificates: CertificatesService,
    private readonly pdfs: CertificatePdfs,
  ) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const rows = await this.db.manager.find(CertificateEntity, {
      where: { userId },
      order: { issuedAt: 'ASC' },
    });
    const files: ExportedFile[] = [];
    // One at a time: a PDF is a few hundred milliseconds of work, and a holder has a handful.
    for (const row of rows) {
      files.push({ path: `certificates/${row.code}.pdf`, bytes: await this.pdfs.render(row) });
    }
    return [
      {
        name: 'certificates',
        data: rows.map((row) => {
          const model = this.certificates.model(row);
          return {
            code: row.code,
            title: row.title,
            kind: row.kind,
            status: model.status,
            holderName: row.holderName,
            licenseNumber: row.licenseNumber,
            licenseState: row.licenseState,
            ceHours: row.ceHours,
            completedOn: row.completedOn,
            expiresOn: row.expiresOn,
            issuedAt: row.issuedAt,
            revokedAt: row.revokedAt,
            supersededAt: row.supersededAt,
            verifyUrl: model.verifyUrl,
            file: `certificates/${row.code}.pdf`,
          };
        }),
        files,
      },
    ];
  }

  /** Each certificate stays, verifiable, until its retention ends: one statement for all. */
  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    const rows = await manager.find(CertificateEntity, {
      select: { id: true, completedOn: true },
      where: { userId },
    });
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE certificates c SET retain_until = kept.until
         FROM unnest($1::uuid[], $2::date[]) AS kept(id, until)
        WHERE c.id = kept.id`,
      [rows.map((row) => row.id), rows.map((row) => retainedUntil(row.completedOn))],
    );
  }

  /**
   * Deletes the certificates of deleted accounts whose retention ended before `today`
   * (YYYY-MM-DD); returns how many. Only deleted accounts' certificates have a `retain_until`.
   */
  async purgeRetained(today: string): Promise<number> {
    return this.db.transaction(async (manager) => {
      // A reissued certificate points at the one that replaced it; both go together or the
      // pointer goes first.
      await manager.query(
        `UPDATE certificates SET superseded_by = NULL
          WHERE superseded_by IN (SELECT id FROM certificates WHERE retain_until < $1::date)`,
        [today],
      );
      const [{ deleted }] = (await manager.query(
        `WITH gone AS (DELETE FROM certificates WHERE retain_until < $1::date RETURNING id)
         SELECT count(*)::int AS deleted FROM gone`,
        [today],
      )) as [{ deleted: number }];
      return deleted;
    });
  }
}
