import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { CertificatesService } from './certificates.service.js';
import type { CertificateEntity } from './entities/certificate.entity.js';

/** A certificate's PDF, as the holder downloads it (one at a time, or in their data export). */
@Injectable()
export class CertificatePdfs {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly config: AppConfig,
  ) {}

  async render(certificate: CertificateEntity): Promise<Uint8Array> {
    const model = this.certificates.model(certificate);
    // pdf-lib and qrcode load with the first PDF asked for: most processes never make one.
    const { renderCertificatePdf } = await import('./certificate-pdf.js');
    return renderCertificatePdf(model, {
      signer: this.config.providerSigner,
      verifyUrl: model.verifyUrl,
    });
  }
}
