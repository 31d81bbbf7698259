import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CertificateIssued, CertificateRevoked } from '../credentials/events.js';
import { CertificateKind } from '../credentials/certificate-kind.js';
import { BoardReportLines } from './board-report-lines.js';

/** Certificates issued and revoked move the report lines of courses that report to a board. */
@Injectable()
export class BoardReportingHandler {
  constructor(private readonly lines: BoardReportLines) {}

  /**
   * Inside the issuing transaction, so a line exists from the moment its certificate does.
   * Errors are not suppressed: the statement is an upsert that cannot conflict, and a failure
   * would have aborted the transaction anyway.
   */
  @OnEvent(CertificateIssued.event, { suppressErrors: false })
  async issued(event: CertificateIssued): Promise<void> {
    if (event.kind !== CertificateKind.COURSE || !event.enrollmentId) return;
    await this.lines.syncCertificate(event.manager, event.certificateId);
  }

  /** After the revocation committed. */
  @OnEvent(CertificateRevoked.event)
  async revoked(event: CertificateRevoked): Promise<void> {
    await this.lines.certificateRevoked(event.certificateId, event.reason, event.revokedAt);
  }
}
