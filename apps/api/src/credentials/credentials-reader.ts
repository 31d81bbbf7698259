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
