import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CredentialKind } from '@fascicle/catalog';
import { programAward, type CourseCertificateHeld } from '@fascicle/learning';
import { enrollmentCourseIdSql } from '../learning/enrollment-course-sql.js';
import { CertificateIssuer } from './certificate-issuer.js';
import { CertificateKind } from './certificate-kind.js';
import type { CertificateEntity } from './entities/certificate.entity.js';

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
 * Credential programs (e.g. "Trigger Point Dry Needling — Didactic Coursework"): when a course certificate
 * completes the set, the program credential is issued, valid for the program's period.
 */
@Injectable()
export class ProgramCredentials {
  constructor(private readonly issuer: CertificateIssuer) {}

  /** Called in the transaction that issued a course certificate. */
  async afterCourseCertificate(
    manager: EntityManager,
    certificate: CertificateEntity,
    courseId: string,
    today: string,
  ): Promise<CertificateEntity[]> {
    // Two courses completing at once on a server each see only their own new certificate:
    // taking turns per holder makes the second one see the first and issue the credential.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `program-credentials:${certificate.userId}`,
    ]);
    const programs = (await manager.query(
      `SELECT p.id, p.slug, p.title, p.validity_months AS "validityMonths",
              p.credential_kind AS "credentialKind", p.scope_statement AS "scopeStatement",
              (SELECT json_agg(pc.course_id) FROM credential_program_courses pc
                WHERE pc.program_id = p.id) AS "courseIds"
         FROM credential_programs p
        WHERE p.id IN (SELECT program_id FROM credential_program_courses WHERE course_id = $1)`,
      [courseId],
    )) as ProgramRow[];
    if (programs.length === 0) return [];
    const held = (await manager.query(
      `SELECT c.kind, c.program_id AS "programId",
              ${enrollmentCourseIdSql('c.enrollment_id')} AS "courseId",
              c.completed_on::text AS "completedOn", c.expires_on::text AS "expiresOn",
              c.revoked_at AS "revokedAt", c.credit_minutes AS "creditMinutes",
              c.live_minutes AS "liveMinutes"
         FROM certificates c WHERE c.user_id = $1 AND c.superseded_at IS NULL`,
      [certificate.userId],
    )) as HeldRow[];
    const courseCertificates = held.filter((row) => row.kind === CertificateKind.COURSE);
    const issued: CertificateEntity[] = [];
    for (const program of programs) {
      const award = programAward(
        program.courseIds,
        courseCertificates,
        held.filter((row) => row.programId === program.id),
        today,
      );
      if (!award) continue;
      issued.push(
        await this.issuer.issue(manager, {
          kind: CertificateKind.PROGRAM,
          userId: certificate.userId,
          enrollmentId: null,
          programId: program.id,
          title: program.title,
          slug: program.slug,
          version: 1,
          creditMinutes: award.creditMinutes,
          liveMinutes: award.liveMinutes,
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
