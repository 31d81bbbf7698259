import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkLicenseNumber } from '@fascicle/regulation';
import { Clock } from '../config/clock.js';
import { CredentialsReader, type CourseCertificate } from '../credentials/credentials-reader.js';
import { IdentityLoaderFactory } from '../identity/identity-loaders.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { BoardReportStatus } from './entities/board-report-line.entity.js';
import { BoardReportingSettingsEntity } from './entities/board-reporting-settings.entity.js';
import { decideLine, type HeldLicense } from './reportable-line.js';

/** A line as it should be now, before it is written. */
interface WantedLine {
  certificate: CourseCertificate;
  state: string;
  profession: string;
  status: BoardReportStatus;
  licenseNumber: string | null;
  reason: string | null;
  note: string | null;
}

/**
 * Keeps a course's report lines in step with its certificates and its holders' licenses: one
 * line per current certificate and reported board. Lines not yet exported follow the latest
 * certificate, name and license; an exported line is what was sent and changes only when staff
 * record CE Broker's answer, or gains a note when its certificate is revoked afterwards.
 */
@Injectable()
export class BoardReportLines {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credentials: CredentialsReader,
    private readonly identity: IdentityReader,
    private readonly identityLoaders: IdentityLoaderFactory,
    private readonly clock: Clock,
  ) {}

  /**
   * Every completion of the course, for the boards its settings name (after they are saved, and
   * before an export). Outside any transaction: three reads and two writes, however many lines.
   */
  async syncCourse(courseId: string): Promise<void> {
    const settings = await this.db.manager.findOneBy(BoardReportingSettingsEntity, { courseId });
    if (!settings) return;
    const certificates = await this.credentials.courseCertificates({ courseId });
    const userIds = [...new Set(certificates.map((certificate) => certificate.userId))];
    const licenses = await this.identityLoaders.create().licensesByUserId.loadMany(userIds);
    const byUser = new Map<string, HeldLicense[]>();
    userIds.forEach((userId, i) => {
      const held = licenses[i];
      byUser.set(userId, held instanceof Error || !held ? [] : held);
    });
    await this.write(
      this.db.manager,
      settings,
      certificates.flatMap((certificate) =>
        this.wanted(settings, certificate, byUser.get(certificate.userId) ?? []),
      ),
    );
    await this.retireDroppedBoards(this.db.manager, settings);
  }

  /** A certificate just issued, inside the issuing transaction (CertificateIssued). */
  async syncCertificate(manager: EntityManager, certificateId: string): Promise<void> {
    const [certificate] = await this.credentials.courseCertificates(
      { ids: [certificateId] },
      manager,
    );
    if (!certificate) return;
    const settings = await manager.findOneBy(BoardReportingSettingsEntity, {
      courseId: certificate.courseId,
    });
    if (!settings) return;
    const licenses = await this.identity.licensesByUserId(certificate.userId, manager);
    await this.write(manager, settings, this.wanted(settings, certificate, licenses));
  }

  /**
   * A certificate was revoked (after its commit): a line not yet exported cannot be reported;
   * one already exported keeps its status and says that the credit must be withdrawn in CE
   * Broker by hand, since CE Broker allows no edits after a roster is posted.
   */
  async certificateRevoked(certificateId: string, reason: string, revokedAt: Date): Promise<void> {
    const [certificate] = await this.credentials.courseCertificates({ ids: [certificateId] });
    if (!certificate) return;
    const day = revokedAt.toISOString().slice(0, 10);
    await this.db.query(
      `UPDATE board_report_lines
          SET certificate_id = $2,
              status = CASE WHEN status = 'PENDING' THEN 'NOT_REPORTABLE' ELSE status END,
              reason = CASE WHEN status IN ('PENDING', 'NOT_REPORTABLE')
                            THEN $3 ELSE reason END,
              note = CASE WHEN status IN ('EXPORTED', 'ACCEPTED', 'REJECTED') THEN $4 ELSE note END,
              updated_at = $5
        WHERE enrollment_id = $1`,
      [
        certificate.enrollmentId,
        certificateId,
        `The certificate was revoked: ${reason}`,
        `The certificate was revoked on ${day} after this line was exported (${reason}): withdraw the credit in CE Broker`,
        this.clock.now(),
      ],
    );
  }

  private wanted(
    settings: BoardReportingSettingsEntity,
    certificate: CourseCertificate,
    licenses: readonly HeldLicense[],
  ): WantedLine[] {
    return settings.boards.map((board) => ({
      certificate,
      state: board.state,
      profession: board.profession,
      ...decideLine(certificate, board, licenses, checkLicenseNumber),
    }));
  }

  /**
   * One statement for any number of lines. A line already exported is left as it was sent,
   * except that it follows the completion's current certificate (a reissue).
   */
  private async write(
    manager: EntityManager,
    settings: BoardReportingSettingsEntity,
    lines: WantedLine[],
  ): Promise<void> {
    if (lines.length === 0) return;
    const column = <T>(pick: (line: WantedLine) => T) => lines.map(pick);
    await manager.query(
      `INSERT INTO board_report_lines AS l
         (course_id, enrollment_id, certificate_id, user_id, state, profession, holder_name,
          license_number, completed_on, ce_hours, status, reason, note, created_at, updated_at)
       SELECT $1, w.enrollment_id, w.certificate_id, w.user_id, w.state, w.profession,
              w.holder_name, w.license_number, w.completed_on, w.ce_hours, w.status, w.reason,
              w.note, $2, $2
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::date[], $11::numeric[], $12::text[], $13::text[], $14::text[])
           AS w(enrollment_id, certificate_id, user_id, state, profession, holder_name,
                license_number, completed_on, ce_hours, status, reason, note)
       ON CONFLICT ON CONSTRAINT board_report_lines_completion_key DO UPDATE
          SET certificate_id = EXCLUDED.certificate_id,
              holder_name = CASE WHEN l.status IN ('PENDING', 'NOT_REPORTABLE')
                                 THEN EXCLUDED.holder_name ELSE l.holder_name END,
              license_number = CASE WHEN l.status IN ('PENDING', 'NOT_REPORTABLE')
                                    THEN EXCLUDED.license_number ELSE l.license_number END,
              completed_on = CASE WHEN l.status IN ('PENDING', 'NOT_REPORTABLE')
                                  THEN EXCLUDED.completed_on ELSE l.completed_on END,
              ce_hours = CASE WHEN l.status IN ('PENDING', 'NOT_REPORTABLE')
                              THEN EXCLUDED.ce_hours ELSE l.ce_hours END,
              status = CASE WHEN l.status IN ('PENDING', 'NOT_REPORTABLE')
                            THEN EXCLUDED.status ELSE l.status END,
              reason = CASE WHEN l.status IN ('PENDING', 'NOT_REPORTABLE')
                            THEN EXCLUDED.reason ELSE l.reason END,
              note = CASE WHEN l.status IN ('PENDING', 'NOT_REPORTABLE')
                          THEN EXCLUDED.note ELSE l.note END,
              updated_at = EXCLUDED.updated_at
        WHERE l.certificate_id IS DISTINCT FROM EXCLUDED.certificate_id
           OR (l.status IN ('PENDING', 'NOT_REPORTABLE')
               AND (l.status, l.license_number, l.reason, l.note, l.holder_name)
                   IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.license_number, EXCLUDED.reason,
                                     EXCLUDED.note, EXCLUDED.holder_name))`,
      [
        settings.courseId,
        this.clock.now(),
        column((line) => line.certificate.enrollmentId),
        column((line) => line.certificate.id),
        column((line) => line.certificate.userId),
        column((line) => line.state),
        column((line) => line.profession),
        column((line) => line.certificate.holderName),
        column((line) => line.licenseNumber),
        column((line) => line.certificate.completedOn),
        column((line) => line.certificate.ceHours),
        column((line) => line.status),
        column((line) => line.reason),
        column((line) => line.note),
      ],
    );
  }

  /** Lines waiting for a board the course no longer reports to are not reported. */
  private async retireDroppedBoards(
    manager: EntityManager,
    settings: BoardReportingSettingsEntity,
  ): Promise<void> {
    await manager.query(
      `UPDATE board_report_lines l
          SET status = 'NOT_REPORTABLE', reason = $3, note = NULL, updated_at = $4
        WHERE l.course_id = $1 AND l.status = 'PENDING'
          AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS b(state text, profession text)
                           WHERE b.state = l.state AND b.profession = l.profession)`,
      [
        settings.courseId,
        JSON.stringify(settings.boards),
        'The course no longer reports to this board',
        this.clock.now(),
      ],
    );
  }
}
