import { DataSource } from 'typeorm';
import { CredentialKind } from '@fascicle/catalog';
import { issueProgramCredential } from '../support/credentials.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Clinic members with many kinds of certificates, written by SQL (hundreds of them in a
 * second): certificates are copies of one issued through the real issuer, with their holder,
 * target, dates and revocation changed. For the compliance report's SQL against its TS rules.
 */

/** A certificate a member holds, relative to the test clock's today. */
export interface HeldSpec {
  target: 'program' | 'course';
  /** Days from today to its last valid day; null: never expires. */
  expiresIn: number | null;
  revoked?: boolean;
  /** Reissued (superseded): not current, never counted. */
  superseded?: boolean;
}

export interface MemberSpec {
  name: string;
  role?: 'STAFF' | 'ORG_ADMIN';
  requiredToHold?: boolean;
  held?: HeldSpec[];
  /** A Florida PT license issued three years ago, and 25 confirmed supervised sessions. */
  floridaReady?: boolean;
}

/** The certificate situations the rules tell apart (`bestHeldCredential`, `complianceStatus`). */
export const SITUATIONS: HeldSpec[][] = [
  [],
  [{ target: 'program', expiresIn: 300 }],
  [{ target: 'program', expiresIn: 61 }],
  [{ target: 'program', expiresIn: 60 }],
  [{ target: 'program', expiresIn: 45 }],
  [{ target: 'program', expiresIn: 31 }],
  [{ target: 'program', expiresIn: 30 }],
  [{ target: 'program', expiresIn: 10 }],
  [{ target: 'program', expiresIn: 0 }],
  [{ target: 'program', expiresIn: -1 }],
  [{ target: 'program', expiresIn: null }],
  [{ target: 'program', expiresIn: 300, revoked: true }],
  [
    { target: 'program', expiresIn: 300, revoked: true },
    { target: 'program', expiresIn: 20 },
  ],
  [
    { target: 'program', expiresIn: -10 },
    { target: 'program', expiresIn: 100 },
  ],
  [
    { target: 'program', expiresIn: 10 },
    { target: 'program', expiresIn: null },
  ],
  [
    { target: 'program', expiresIn: null, revoked: true },
    { target: 'program', expiresIn: 10, revoked: true },
  ],
  [{ target: 'program', expiresIn: 300, superseded: true }],
  [
    { target: 'program', expiresIn: -30 },
    { target: 'program', expiresIn: -5 },
  ],
];

/** Course certificates: one current per member (one enrollment per course version). */
export const COURSE_SITUATIONS: HeldSpec[][] = [
  [],
  [{ target: 'course', expiresIn: 200 }],
  [{ target: 'course', expiresIn: -3 }],
  [{ target: 'course', expiresIn: 25, revoked: true }],
  [{ target: 'course', expiresIn: 25 }],
  [{ target: 'course', expiresIn: 55 }],
  [{ target: 'course', expiresIn: null }],
];

/** Names that sort differently byte by byte and by `localeCompare`, and ties. */
export const NAMES = [
  'Ava Stone',
  'ava stone',
  'Émile Zola',
  'Emile Abel',
  "O'Brien",
  'Obrien',
  'Ann-Marie Lee',
  'Ann Marie Lee',
  '=Formula Fay',
  'Zoë Quinn',
  'zoe Quinn',
  'Łukasz Nowak',
  'Lukas Nowak',
  '10 Ten',
  '9 Nine',
  'Ñandu Ruiz',
  'Nadia Ruiz',
  '{Brace}',
  '_Under',
  'Ava Stone',
];

export class ComplianceFixtures {
  private readonly db: DataSource;
  private template = '';
  private serial = 0;

  constructor(
    private readonly test: TestApp,
    private readonly ids: {
      programId: string;
      course: { courseId: string; versionId: string };
      supervisorId: string;
    },
  ) {
    this.db = test.app.get(DataSource);
  }

  today(): string {
    return this.test.clock.now().toISOString().slice(0, 10);
  }

  /** Adds the members to the clinic; returns their user ids, in order. */
  async addMembers(organizationId: string, members: MemberSpec[]): Promise<string[]> {
    const userIds: string[] = [];
    for (const member of members) {
      this.serial += 1;
      const [{ id: userId }] = (await this.db.query(
        `INSERT INTO users (email, password_hash, display_name, profession, roles)
         VALUES ($1, 'x', $2, 'PHYSICAL_THERAPIST', '{LEARNER}') RETURNING id`,
        [`compliance-${this.serial}-${Date.now()}@example.com`, member.name],
      )) as [{ id: string }];
      userIds.push(userId);
      await this.db.query(
        `INSERT INTO memberships (organization_id, user_id, role, status, joined_at, required_to_hold)
         VALUES ($1, $2, $3, 'ACTIVE', now(), $4)`,
        [organizationId, userId, member.role ?? 'STAFF', member.requiredToHold ?? true],
      );
      for (const [i, held] of (member.held ?? []).entries()) await this.hold(userId, held, i);
      if (member.floridaReady) await this.floridaReady(userId);
    }
    return userIds;
  }

  /** A copy of the template certificate for `userId`, completed `100 + index` days ago. */
  async hold(userId: string, held: HeldSpec, index: number): Promise<void> {
    const template = await this.templateId();
    const columns = await this.copiedColumns();
    const enrollmentId =
      held.target === 'course'
        ? (
            (await this.db.query(
              `INSERT INTO enrollments (user_id, course_id, version_id, status, enrolled_at, completed_at)
               VALUES ($1, $2, $3, 'COMPLETED', now(), now()) RETURNING id`,
              [userId, this.ids.course.courseId, this.ids.course.versionId],
            )) as [{ id: string }]
          )[0].id
        : null;
    await this.db.query(
      `INSERT INTO certificates (${columns.join(', ')}, code, kind, user_id, enrollment_id,
                                 program_id, completed_on, expires_on, revoked_at, superseded_at)
       SELECT ${columns.join(', ')}, 'CMP-' || replace(gen_random_uuid()::text, '-', ''), $2,
              $3, $4::uuid, $5::uuid, $6::date - $7::int, $6::date + $8::int,
              CASE WHEN $9::boolean THEN now() END, CASE WHEN $10::boolean THEN now() END
         FROM certificates WHERE id = $1`,
      [
        template,
        held.target === 'course' ? 'COURSE' : 'PROGRAM',
        userId,
        enrollmentId,
        held.target === 'program' ? this.ids.programId : null,
        this.today(),
        100 + index,
        held.expiresIn,
        held.revoked === true,
        held.superseded === true,
      ],
    );
  }

  private async floridaReady(userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO licenses (user_id, state, profession, number, issued_on, is_primary)
       VALUES ($1, 'FL', 'PHYSICAL_THERAPIST', $2, $3::date - 1100, true)`,
      [userId, `PT${100000 + this.serial}`, this.today()],
    );
    await this.db.query(
      `INSERT INTO supervised_sessions (learner_id, program_id, session_date, body_regions, muscles,
         needle_count, supervisor_id, status, recorded_at, decided_at)
       SELECT $1, $2, $3::date - n, '{LUMBAR}', '{Multifidus}', 2, $4, 'CONFIRMED', now(), now()
         FROM generate_series(1, 25) n`,
      [userId, this.ids.programId, this.today(), this.ids.supervisorId],
    );
  }

  /** A hybrid program credential issued through the real issuer, to a holder of its own. */
  private async templateId(): Promise<string> {
    if (this.template) return this.template;
    const [{ id: holder }] = (await this.db.query(
      `INSERT INTO users (email, password_hash, display_name, profession, roles)
       VALUES ($1, 'x', 'Template Holder', 'PHYSICAL_THERAPIST', '{LEARNER}') RETURNING id`,
      [`compliance-template-${Date.now()}@example.com`],
    )) as [{ id: string }];
    const certificate = await issueProgramCredential(
      this.test,
      holder,
      this.ids.programId,
      CredentialKind.HYBRID,
    );
    this.template = (certificate as { id: string }).id;
    return this.template;
  }

  private columns: string[] | null = null;

  /** The certificate columns copied as they are from the template. */
  private async copiedColumns(): Promise<string[]> {
    if (this.columns) return this.columns;
    const own = new Set([
      'id',
      'code',
      'kind',
      'user_id',
      'enrollment_id',
      'program_id',
      'completed_on',
      'expires_on',
      'revoked_at',
      'revoked_reason',
      'revoked_by',
      'status_list_index',
      'superseded_at',
      'superseded_by',
    ]);
    const rows = (await this.db.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'certificates'
        ORDER BY ordinal_position`,
    )) as { column_name: string }[];
    this.columns = rows
      .map((row) => row.column_name)
      .filter((name) => !own.has(name))
      .map((name) => `"${name}"`);
    return this.columns;
  }
}
