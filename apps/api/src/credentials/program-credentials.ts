import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CredentialKind } from '@fascicle/catalog';
import { CertificateIssuer } from './certificate-issuer.js';
import { CertificateKind, type CertificateEntity } from './entities/certificate.entity.js';

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
    // Programs with this course whose every course the holder has a valid certificate for,
    // and no valid program credential yet.
    const programs = (await manager.query(
      `SELECT p.id, p.slug, p.title, p.validity_months AS "validityMonths",
              p.credential_kind AS "credentialKind", p.scope_statement AS "scopeStatement",
              (SELECT COALESCE(SUM(DISTINCT_HOURS.minutes), 0)::int FROM (
                 SELECT DISTINCT ON (e.course_id) c.credit_minutes AS minutes, c.live_minutes AS live
                   FROM certificates c JOIN enrollments e ON e.id = c.enrollment_id
                  WHERE c.user_id = $2 AND c.revoked_at IS NULL
                    AND (c.expires_on IS NULL OR c.expires_on >= $3)
                    AND e.course_id IN (
                        SELECT course_id FROM credential_program_courses WHERE program_id = p.id)
                  ORDER BY e.course_id, c.completed_on DESC) DISTINCT_HOURS) AS minutes,
              (SELECT COALESCE(SUM(DISTINCT_LIVE.live), 0)::int FROM (
                 SELECT DISTINCT ON (e.course_id) c.live_minutes AS live
                   FROM certificates c JOIN enrollments e ON e.id = c.enrollment_id
                  WHERE c.user_id = $2 AND c.revoked_at IS NULL
                    AND (c.expires_on IS NULL OR c.expires_on >= $3)
                    AND e.course_id IN (
                        SELECT course_id FROM credential_program_courses WHERE program_id = p.id)
                  ORDER BY e.course_id, c.completed_on DESC) DISTINCT_LIVE) AS live
         FROM credential_programs p
        WHERE p.id IN (SELECT program_id FROM credential_program_courses WHERE course_id = $1)
          AND NOT EXISTS (
            SELECT 1 FROM credential_program_courses pc
             WHERE pc.program_id = p.id AND NOT EXISTS (
               SELECT 1 FROM certificates c JOIN enrollments e ON e.id = c.enrollment_id
                WHERE c.user_id = $2 AND e.course_id = pc.course_id AND c.revoked_at IS NULL
                  AND (c.expires_on IS NULL OR c.expires_on >= $3)))
          AND NOT EXISTS (
            SELECT 1 FROM certificates c
             WHERE c.program_id = p.id AND c.user_id = $2 AND c.revoked_at IS NULL
               AND (c.expires_on IS NULL OR c.expires_on >= $3))`,
      [courseId, certificate.userId, today],
    )) as {
      id: string;
      slug: string;
      title: string;
      validityMonths: number;
      credentialKind: CredentialKind;
      scopeStatement: string;
      minutes: number;
      live: number;
    }[];
    const issued: CertificateEntity[] = [];
    for (const program of programs) {
      issued.push(
        await this.issuer.issue(manager, {
          kind: CertificateKind.PROGRAM,
          userId: certificate.userId,
          enrollmentId: null,
          programId: program.id,
          title: program.title,
          slug: program.slug,
          version: 1,
          creditMinutes: program.minutes,
          liveMinutes: program.live,
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
