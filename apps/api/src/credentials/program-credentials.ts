import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CredentialKind } from '@fascicle/catalog';
import { programAward, type CourseCertificateHeld } from '@fascicle/learning';
import { enrollmentCourseIdSql } from '../learning/enrollment-course-sql.js';
import { CertificateIssuer } from './certificate-issuer.js';
import { CertificateKind } from './certificate-kind.js';
import type { CertificateEntity } from './entities/certificate.entity.js';
import {
  PROGRAM_REQUIREMENTS_GATE,
  type ProgramRequirementsGate,
} from './program-requirements-gate.js';

interface ProgramRow {
  id: string;
  slug: string;
  title: string;
  validityMonths: number;
  credentialKind: CredentialKind;
  scopeStatement: string;
  courseIds: string[];
}

type HeldRow = CourseCertificateHeld & { kind: CertificateKind; programId: string | null };

/**
 * Credential programs (e.g. "Trigger Point Dry Needling — Didactic Coursework"): when the last
 * piece of evidence arrives (a course certificate, or for a hybrid program an attendance, a
 * practical examination or a confirmed supervised session), the program credential is issued,
 * once, valid for the program's period.
 */
@Injectable()
export class ProgramCredentials {
  constructor(
    private readonly issuer: CertificateIssuer,
    @Inject(PROGRAM_REQUIREMENTS_GATE) private readonly gate: ProgramRequirementsGate,
  ) {}

  /** Called in the transaction that issued a course certificate. */
  async afterCourseCertificate(
    manager: EntityManager,
    certificate: CertificateEntity,
    courseId: string,
    today: string,
  ): Promise<CertificateEntity[]> {
    await this.takeTurn(manager, certificate.userId);
    const programs = await this.programs(
      manager,
      `p.id IN (SELECT program_id FROM credential_program_courses WHERE course_id = $1)`,
      [courseId],
    );
    return this.award(manager, certificate.userId, programs, today);
  }

  /**
   * Called in the transaction that recorded other evidence for these programs (attendance, a
   * practical examination, a confirmed supervised session): issues what it completes.
   */
  async afterEvidence(
    manager: EntityManager,
    userId: string,
    programIds: readonly string[],
    today: string,
  ): Promise<CertificateEntity[]> {
    if (programIds.length === 0) return [];
    await this.takeTurn(manager, userId);
    const programs = await this.programs(manager, `p.id = ANY($1::uuid[])`, [[...programIds]]);
    return this.award(manager, userId, programs, today);
  }

  /**
   * Two pieces of evidence arriving at once on a server each see only their own: taking turns
   * per holder makes the second one see the first (read committed reads what committed before
   * each statement) and issue the credential, and the first one not issue it twice.
   */
  private async takeTurn(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `program-credentials:${userId}`,
    ]);
  }

  private programs(
    manager: EntityManager,
    where: string,
    parameters: unknown[],
  ): Promise<ProgramRow[]> {
    return manager.query(
      `SELECT p.id, p.slug, p.title, p.validity_months AS "validityMonths",
              p.credential_kind AS "credentialKind", p.scope_statement AS "scopeStatement",
              COALESCE((SELECT json_agg(pc.course_id) FROM credential_program_courses pc
                WHERE pc.program_id = p.id), '[]') AS "courseIds"
         FROM credential_programs p
        WHERE ${where}`,
      parameters,
    ) as Promise<ProgramRow[]>;
  }

  private async award(
    manager: EntityManager,
    userId: string,
    programs: ProgramRow[],
    today: string,
  ): Promise<CertificateEntity[]> {
    if (programs.length === 0) return [];
    const held = (await manager.query(
      `SELECT c.kind, c.program_id AS "programId",
              ${enrollmentCourseIdSql('c.enrollment_id')} AS "courseId",
              c.completed_on::text AS "completedOn", c.expires_on::text AS "expiresOn",
              c.revoked_at AS "revokedAt", c.credit_minutes AS "creditMinutes",
              c.live_minutes AS "liveMinutes"
         FROM certificates c WHERE c.user_id = $1 AND c.superseded_at IS NULL`,
      [userId],
    )) as HeldRow[];
    const courseCertificates = held.filter((row) => row.kind === CertificateKind.COURSE);
    const earned = programs.flatMap((program) => {
      const award = programAward(
        program.courseIds,
        courseCertificates,
        held.filter((row) => row.programId === program.id),
        today,
      );
      return award ? [{ program, award }] : [];
    });
    if (earned.length === 0) return [];
    // Asked only where the courses are done: most evidence arrives long before the last course.
    const beyond = await this.gate.beyondCourses(
      manager,
      userId,
      earned.map(({ program }) => program.id),
      today,
    );
    const issued: CertificateEntity[] = [];
    for (const { program, award } of earned) {
      const extra = beyond.get(program.id) ?? { met: true, liveMinutes: 0 };
      if (!extra.met) continue;
      issued.push(
        await this.issuer.issue(manager, {
          kind: CertificateKind.PROGRAM,
          userId,
          enrollmentId: null,
          programId: program.id,
          title: program.title,
          slug: program.slug,
          version: 1,
          // The program's own live sessions are instruction it certifies, beside its courses'.
          creditMinutes: award.creditMinutes + extra.liveMinutes,
          liveMinutes: award.liveMinutes + extra.liveMinutes,
          credentialKind: program.credentialKind,
          scopeStatement: program.scopeStatement,
          disclosure: null,
          validityMonths: program.validityMonths,
          approvals: [],
        }),
      );
    }
    return issued;
  }
}
