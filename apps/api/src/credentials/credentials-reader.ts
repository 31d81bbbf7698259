import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { CredentialKind } from '@fascicle/catalog';
import { byKey, groupByKey } from '../common/database/batch.js';
import { enrollmentCourseIdSql } from '../learning/enrollment-course-sql.js';
import { CertificateEntity } from './entities/certificate.entity.js';
import { CredentialProgramCourseEntity } from './entities/credential-program-course.entity.js';
import { CredentialProgramEntity } from './entities/credential-program.entity.js';

/** A certificate as other modules see it; built into a GraphQL model by `CertificatesService.model`. */
export type Certificate = CertificateEntity;

export type CredentialProgram = Pick<CredentialProgramEntity, 'id' | 'slug' | 'title'>;

/** A certificate someone holds for a program or a course: what a clinic's rules look at. */
export interface HeldCertificate {
  id: string;
  userId: string;
  programId: string | null;
  /** The course of a course certificate (through its enrollment). */
  courseId: string | null;
  code: string;
  title: string;
  /** A course certificate's course, where the holder renews it; null for a program's. */
  courseSlug: string | null;
  completedOn: string;
  expiresOn: string | null;
  revokedAt: Date | null;
  /** DIDACTIC, LIVE or HYBRID: whether it attests hands-on training. */
  credentialKind: CredentialKind;
  /** Live or in-person minutes it certifies. */
  liveMinutes: number;
}

/** A course certificate as board reporting sees it. */
export interface CourseCertificate {
  id: string;
  userId: string;
  enrollmentId: string;
  courseId: string;
  code: string;
  holderName: string;
  completedOn: string;
  ceHours: number;
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** A certificate as training evidence: its dates and the minutes it certifies. */
export interface TrainingCertificate {
  id: string;
  userId: string;
  code: string;
  title: string;
  completedOn: string;
  /** YYYY-MM-DD (UTC) of the revocation; null while in force. */
  revokedOn: string | null;
  onlineMinutes: number;
  liveMinutes: number;
  coveredBy: string | null;
}

/**
 * The credentials module's read service: how other modules read certificates and programs, in
 * batches. Pass the caller's transaction when there is one: the embedded database has a single
 * connection, so a read beside an open transaction would wait for it forever.
 */
@Injectable()
export class CredentialsReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each enrollment's current certificate (not one it was reissued from). */
  async certificatesByEnrollmentIds(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<(Certificate | null)[]> {
    const rows = await manager.findBy(CertificateEntity, {
      enrollmentId: In([...ids]),
      supersededAt: IsNull(),
    });
    return byKey(ids, rows, (row) => row.enrollmentId!);
  }

  async programsByIds(ids: readonly string[]): Promise<(CredentialProgram | null)[]> {
    const rows = await this.db.manager.find(CredentialProgramEntity, {
      select: { id: true, slug: true, title: true },
      where: { id: In([...ids]) },
    });
    return byKey(ids, rows, (row) => row.id);
  }

  /** The courses each program requires, in the order asked (one query). */
  async courseIdsByProgramIds(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<string[][]> {
    const rows = await manager.findBy(CredentialProgramCourseEntity, { programId: In([...ids]) });
    return groupByKey(ids, rows, (row) => row.programId).map((links) =>
      links.map((link) => link.courseId),
    );
  }

  /**
   * Every current certificate the users hold (revoked and expired ones too, not those reissued)
   * for one of the programs or one of the courses: one query, however many users.
   */
  heldFor(
    userIds: readonly string[],
    targets: { programIds: readonly string[]; courseIds: readonly string[] },
  ): Promise<HeldCertificate[]> {
    return this.held(
      `c.user_id = ANY($1::uuid[])
        AND (c.program_id = ANY($2::uuid[]) OR ${enrollmentCourseIdSql('c.enrollment_id')} = ANY($3::uuid[]))`,
      [userIds, targets.programIds, targets.courseIds],
    );
  }

  /**
   * Unrevoked current certificates whose last valid day is from `today` to `withinDays` days later,
   * both ends included.
   */
  expiringWithin(today: string, withinDays: number): Promise<HeldCertificate[]> {
    return this.held(
      `c.revoked_at IS NULL AND c.expires_on >= $1::date AND c.expires_on <= $1::date + $2::int`,
      [today, withinDays],
    );
  }

  /**
   * Current course certificates (revoked ones too, not those reissued) with their course: of
   * one course, or with these ids (a reissue's successor is found by its enrollment). One query.
   * Board reporting reads them; pass the caller's transaction when there is one.
   */
  async courseCertificates(
    filter: { courseId: string } | { ids: readonly string[] },
    manager: EntityManager = this.db.manager,
  ): Promise<CourseCertificate[]> {
    const courseId = enrollmentCourseIdSql('c.enrollment_id');
    const [where, parameter] =
      'courseId' in filter
        ? [`${courseId} = $1::uuid`, filter.courseId]
        : [`c.id = ANY($1::uuid[])`, [...filter.ids]];
    const rows = (await manager.query(
      `SELECT c.id, c.user_id AS "userId", c.enrollment_id AS "enrollmentId",
              ${courseId} AS "courseId", c.code, c.holder_name AS "holderName",
              c.completed_on::text AS "completedOn", c.ce_hours AS "ceHours",
              c.revoked_at AS "revokedAt", c.revoked_reason AS "revokedReason"
         FROM certificates c
        WHERE c.superseded_at IS NULL AND c.enrollment_id IS NOT NULL AND ${where}
        ORDER BY c.issued_at, c.id`,
      [parameter],
    )) as (Omit<CourseCertificate, 'ceHours'> & { ceHours: string })[];
    return rows.map((row) => ({ ...row, ceHours: Number(row.ceHours) }));
  }

  /**
   * The current, unrevoked certificates each of the users holds, oldest first (one query):
   * their CE hours and dates are what the renewal planner counts.
   */
  async ceCertificatesByUserIds(userIds: readonly string[]): Promise<Certificate[][]> {
    const rows = userIds.length
      ? await this.db.manager.find(CertificateEntity, {
          where: { userId: In([...new Set(userIds)]), supersededAt: IsNull(), revokedAt: IsNull() },
          order: { completedOn: 'ASC', id: 'ASC' },
        })
      : [];
    return groupByKey(userIds, rows, (row) => row.userId);
  }

  /**
   * Every current certificate the users hold, with the minutes it certifies online and live, for
   * the eligibility check: one query. `coveredBy` names the holder's unrevoked program credential
   * that already certifies a course certificate's course, so no minute counts twice.
   */
  async trainingOf(userIds: readonly string[]): Promise<TrainingCertificate[]> {
    if (userIds.length === 0) return [];
    const courseId = enrollmentCourseIdSql('c.enrollment_id');
    return (await this.db.query(
      `SELECT c.id, c.user_id AS "userId", c.code, c.title,
              c.completed_on::text AS "completedOn",
              to_char(c.revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "revokedOn",
              c.online_minutes AS "onlineMinutes", c.live_minutes AS "liveMinutes",
              (SELECT p.id FROM certificates p
                 JOIN credential_program_courses pc ON pc.program_id = p.program_id
                WHERE p.user_id = c.user_id AND p.superseded_at IS NULL AND p.revoked_at IS NULL
                  AND c.program_id IS NULL AND pc.course_id = ${courseId}
                ORDER BY p.completed_on, p.id LIMIT 1) AS "coveredBy"
         FROM certificates c
        WHERE c.superseded_at IS NULL AND c.user_id = ANY($1::uuid[])
        ORDER BY c.completed_on, c.id`,
      [[...new Set(userIds)]],
    )) as TrainingCertificate[];
  }

  /**
   * `heldFor` as a derived table another module may embed where one statement must rank or
   * count certificates (the compliance report sorts and pages in SQL), so the certificates table
   * is still named only here. `userIds` is an SQL subquery naming the holders
   * (`c.user_id IN (${userIds})`). Columns: user_id, program_id, course_id (a course
   * certificate's course; null for a program credential), completed_on, expires_on, revoked_at.
   */
  heldCertificatesSql(userIds: string): string {
    return `SELECT c.user_id, c.program_id,
              CASE WHEN c.program_id IS NULL THEN ${enrollmentCourseIdSql('c.enrollment_id')} END
                AS course_id,
              c.completed_on, c.expires_on, c.revoked_at
         FROM certificates c
        WHERE c.superseded_at IS NULL AND c.user_id IN (${userIds})`;
  }

  private async held(where: string, parameters: unknown[]): Promise<HeldCertificate[]> {
    return (await this.db.query(
      `SELECT c.id, c.user_id AS "userId", c.program_id AS "programId",
              ${enrollmentCourseIdSql('c.enrollment_id')} AS "courseId", c.code, c.title,
              c.course_slug AS "courseSlug",
              c.completed_on::text AS "completedOn", c.expires_on::text AS "expiresOn",
              c.revoked_at AS "revokedAt", c.credential_kind AS "credentialKind",
              c.live_minutes AS "liveMinutes"
         FROM certificates c
        WHERE c.superseded_at IS NULL AND ${where}`,
      parameters,
    )) as HeldCertificate[];
  }
}
