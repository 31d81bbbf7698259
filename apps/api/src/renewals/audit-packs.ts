import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../common/errors/domain-error.js';
import { Clock, todayUtc } from '../config/clock.js';
import { CertificatePdfs } from '../credentials/certificate-pdfs.js';
import { IdentityReader } from '../identity/identity-reader.js';
import type { StoredFile } from '../media/media-storage.js';
import type { PackFile } from './audit-pack-pdf.js';
import { OutsideCe } from './outside-ce.service.js';
import { RenewalPlans } from './renewal-plans.js';

/** The audit pack of a license's current cycle, for its holder only. */
@Injectable()
export class AuditPacks {
  constructor(
    private readonly identity: IdentityReader,
    private readonly plans: RenewalPlans,
    private readonly outside: OutsideCe,
    private readonly pdfs: CertificatePdfs,
    private readonly clock: Clock,
  ) {}

  async render(
    userId: string,
    licenseId: string,
  ): Promise<{ bytes: Uint8Array; fileName: string }> {
    const licenses = await this.identity.licensesByUserId(userId);
    const license = licenses.find((row) => row.id === licenseId);
    // Another person's license answers as if it did not exist.
    if (!license) throw new NotFoundError('No such license');
    const [holder] = await this.identity.accountsByIds([userId]);
    const credits = (await this.plans.creditsOf([userId])).get(userId)!;
    const today = todayUtc(this.clock);
    const { plan, rule } = this.plans.plan(
      { id: license.id, userId, state: license.state, expiresOn: license.expiresOn },
      credits,
      today,
    );
    const certificates = new Map(credits.certificates.map((c) => [c.id, c]));
    const outside = new Map(credits.outside.map((r) => [r.id, r]));
    const files: PackFile[] = [];
    for (const credit of plan.credits) {
      const label = `${credit.completedOn} ${credit.title} (${credit.provider})`;
      let file: StoredFile | null;
      if (credit.source === 'FASCICLE') {
        const bytes = await this.pdfs.render(certificates.get(credit.id)!);
        file = { bytes: Buffer.from(bytes), contentType: 'application/pdf' };
      } else {
        [file = null] = await this.outside.filesOf([outside.get(credit.id)!]);
      }
      files.push({ label, file });
    }
    // pdf-lib loads with the first pack asked for: most processes never make one.
    const { renderAuditPack } = await import('./audit-pack-pdf.js');
    const bytes = await renderAuditPack({
      holder: holder?.displayName ?? '',
      licenseLabel: `${license.state} ${license.number}`,
      rule,
      plan,
      generatedOn: today,
      files,
    });
    return { bytes, fileName: `ce-audit-pack-${license.state}-${plan.dueOn ?? today}.pdf` };
  }
}
