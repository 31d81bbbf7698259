import { randomBytes, randomInt } from 'node:crypto';
import pg from 'pg';
import { credentialsLib } from '../lib/built-libs.js';
import { publishVersion } from '../lib/course-publishing.js';
import { BenchError } from '../lib/errors.js';
import { graphql } from '../lib/http.js';

/** @import { ApprovalClaim, CredentialsLib } from '../lib/built-libs.js' */
/** @import { Scenario } from '../lib/types.js' */

const VERIFY =
  'query Verify($code: String!) { verifyCertificate(code: $code) { status code codeWellFormed ' +
  'holderName licenseNumber licenseState title courseVersion provider ceHours creditMinutes ' +
  'onlineMinutes liveMinutes credentialKind scopeStatement approvals { body approvalNumber ' +
  'isSample minutesPerHour increment hours hoursText } completedOn expiresOn revokedOn } }';

/**
 * Lookups per client address and minute. The load all comes from one address, so the API
 * gets the highest allowance it accepts (its default, 60, would refuse nearly all of it), and
 * the baseline counts against the same.
 */
const RATE_LIMIT_PER_MINUTE = 1_000_000;
/** Distinct codes asked for, in a random order, the same for both targets. */
const SAMPLE = 1000;
/** Published through the API; each learner completed every one (one certificate each). */
const COURSES = 4;
/** Codes per INSERT: one text[] parameter of about 1 MB. */
const BATCH = 50_000;
/** The API's default PROVIDER_NAME, as it snapshots it into every certificate. */
const PROVIDER = 'Fascicle Continuing Education';
/** Bulk rows are never signed: verification does not read the credential. */
const PLACEHOLDER_JWT = 'bench.placeholder.not-a-signed-credential';

const FIRST_NAMES = 'Ana Ben Chloe Dev Elena Farid Grace Hugo Ines Jonas Keiko Liam Maya Noor';
const LAST_NAMES =
  'Abe Brennan Costa Diallo Eriksen Fischer Garcia Haddad Ivanova Jensen Kim Lopez';
const STATES = 'CO CA NY TX WA FL IL MA';

// The GraphQL set-up: an admin (CLI), an instructor, and COURSES small published courses.
const CREATE_COURSE = `mutation CreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) { id }
}`;
const ADD_MODULE = `mutation AddModule($input: AddModuleInput!) { addModule(input: $input) { id } }`;
const ADD_LESSON = `mutation AddLesson($input: AddLessonInput!) { addLesson(input: $input) { id } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { user { id } } }`;
const SET_ROLES = `mutation SetRoles($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }`;

// ---- Bulk data, by SQL -----------------------------------------------------------------
//
// Row i (1…N) is one certificate: learner ⌈i / COURSES⌉ completing course (i − 1) mod COURSES,
// so each learner has one enrollment per course (enrollments are unique per learner and
// version). Everything about a row derives from i, so users, enrollments and certificates
// agree without a lookup, and the shares are exact: i mod 50 = 7 is revoked (2 %), i mod
// 10 = 3 is expired (10 %; never revoked as well), the rest valid. Completion dates spread over
// the last three years; no expiry falls within a month of today, so no status can change
// while the bench runs.

/** Today in UTC, as the API's certificateStatus compares. */
const TODAY = `(now() AT TIME ZONE 'UTC')::date`;

/** @param {string} words @returns {string} A SQL text[] literal. */
const textArray = (words) => `(ARRAY['${words.split(' ').join("','")}'])`;

/**
 * Ids in insertion order (`0000000k-0000-4000-8000-<n in hex>`), so that the load writes each
 * index at its end, except the codes' (random, as in production, and the only one the lookup
 * reads): with random ids a million rows take much longer. The API's own rows keep random ids.
 *
 * @param {1 | 2 | 3} kind Learners, enrollments, certificates.
 * @param {string} n SQL for the number.
 */
const orderedId = (kind, n) =>
  `('0000000${kind}-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;

/**
 * Learner n's profile (users.display_name…, copied into each certificate as at issue): about
 * one in ten has no license on file.
 *
 * @param {string} n SQL for the learner number.
 */
const learner = (n) => {
  const first = FIRST_NAMES.split(' ').length;
  const last = LAST_NAMES.split(' ').length;
  return {
    id: orderedId(1, n),
    name:
      `${textArray(FIRST_NAMES)}[${n} % ${first} + 1] || ' ' || ` +
      `${textArray(LAST_NAMES)}[${n} / ${first} % ${last} + 1]`,
    licenseNumber: `CASE WHEN ${n} % 10 <> 0 THEN 'PT-' || lpad((${n} % 1000000)::text, 6, '0') END`,
    licenseState: `CASE WHEN ${n} % 10 <> 0 THEN ${textArray(STATES)}[${n} % 8 + 1] END`,
  };
};

// Verified addresses: the API issues no certificate in the name of an unverified account.
// Nine in ten hold a license (their primary one, printed on their certificates).
const INSERT_LEARNERS = `
  WITH inserted AS (
    INSERT INTO users (id, email, password_hash, display_name, profession, email_verified_at)
    SELECT ${learner('n').id}, 'bench-learner-' || n || '@example.com', 'bench: no password',
           ${learner('n').name}, 'PHYSICAL_THERAPIST', now()
    FROM generate_series($1::bigint, $2::bigint) AS n
    RETURNING id
  )
  INSERT INTO licenses (user_id, state, profession, number, is_primary)
  SELECT ${learner('n').id}, ${learner('n').licenseState}, 'PHYSICAL_THERAPIST',
         ${learner('n').licenseNumber}, true
  FROM generate_series($1::bigint, $2::bigint) AS n
  WHERE n % 10 <> 0 AND ${learner('n').id} IN (SELECT id FROM inserted)`;

// One statement per batch: rows $2 + 1… with the codes $1, each row's enrollment, then its
// certificate (whose foreign key is checked at the end of the statement, enrollment inserted).
// What it certifies is copied from the course version, as at issue: minutes (all online),
// hours, kind, scope and disclosure. status_list_index, approvals (the courses have none) and
// delivery_method take their defaults, as at issue.
const INSERT_CERTIFICATES = `
  WITH s AS (
    SELECT $2::bigint + ord AS i, code FROM unnest($1::text[]) WITH ORDINALITY AS u(code, ord)
  ), d AS (
    SELECT s.*, (i - 1) / ${COURSES} + 1 AS learner, (i - 1) % ${COURSES} AS course,
           i % 50 = 7 AS revoked, i % 10 = 3 AS expired, i * 2654435761 % 4294967291 AS h
    FROM s
  ), r AS (
    SELECT d.*, c.course_id, c.version_id, c.title, c.slug, c.number, c.credit_minutes,
           c.ce_hours, c.credential_kind, c.scope_statement, c.disclosure,
           CASE WHEN expired THEN ${TODAY} - 400 - (h % 695)::int
                ELSE ${TODAY} - 30 - (h % 1065)::int END AS completed_on
    FROM d JOIN bench_courses c ON c.c = d.course
  ), enrolled AS (
    INSERT INTO enrollments (id, user_id, course_id, version_id, status, enrolled_at,
                             completed_at)
    SELECT ${orderedId(2, 'i')}, ${learner('learner').id}, course_id, version_id, 'COMPLETED',
           (completed_on - 14 + time '09:00') AT TIME ZONE 'UTC',
           (completed_on + time '17:00') AT TIME ZONE 'UTC'
    FROM r
  )
  INSERT INTO certificates (id, code, kind, user_id, enrollment_id, holder_name, license_number,
                            license_state, title, course_slug, course_version, provider, ce_hours,
                            credit_minutes, online_minutes, live_minutes, credential_kind,
                            scope_statement, disclosure, completed_on, expires_on,
                            credential_jwt, issued_at, revoked_at, revoked_reason, revoked_by)
  SELECT ${orderedId(3, 'i')}, code, 'COURSE', ${learner('learner').id}, ${orderedId(2, 'i')},
         ${learner('learner').name}, ${learner('learner').licenseNumber},
         ${learner('learner').licenseState}, title, slug, number, $3, ce_hours, credit_minutes,
         credit_minutes, 0, credential_kind, scope_statement, disclosure, completed_on,
         CASE WHEN expired THEN completed_on + 365
              WHEN i % 4 = 0 THEN NULL
              ELSE completed_on + 1461 END,
         $4, (completed_on + time '17:00') AT TIME ZONE 'UTC',
         CASE WHEN revoked
              THEN (completed_on + 20 + (h % 9)::int + time '14:30') AT TIME ZONE 'UTC' END,
         CASE WHEN revoked THEN 'Issued in error' END,
         CASE WHEN revoked THEN $5::uuid END
  FROM r`;

const COUNT_STATUSES = `
  SELECT count(*)::int AS total,
         count(*) FILTER (WHERE revoked_at IS NOT NULL)::int AS revoked,
         count(*) FILTER (WHERE revoked_at IS NULL AND expires_on < ${TODAY})::int AS expired
  FROM certificates WHERE $1::text[] IS NULL OR code = ANY ($1)`;

// ---- The baseline ------------------------------------------------------------------------

// What the API's CertificatesService reads (its RawEntityReader): every column of the entity,
// in the entity's order, and LIMIT 1.
const CERTIFICATE_COLUMNS =
  'id code kind user_id enrollment_id program_id holder_name license_number license_state ' +
  'license_id title course_slug course_version provider approvals ce_hours credit_minutes ' +
  'online_minutes live_minutes credential_kind scope_statement disclosure completed_on ' +
  'expires_on delivery_method status_list_index credential_jwt issued_at revoked_at ' +
  'revoked_reason revoked_by superseded_by superseded_at retain_until';
const SELECT_BY_CODE = `SELECT ${CERTIFICATE_COLUMNS.split(' ')
  .map((column) => `"${column}"`)
  .join(', ')} FROM "certificates" WHERE "code" = $1 LIMIT 1`;

const DATE_OID = 1082;
/** `date` columns as PostgreSQL writes them (YYYY-MM-DD), as TypeORM hands them to the API. */
const TYPES = /** @type {import('pg').CustomTypesConfig} */ ({
  getTypeParser: (/** @type {number} */ oid, /** @type {any} */ format) =>
    oid === DATE_OID ? (/** @type {string} */ value) => value : pg.types.getTypeParser(oid, format),
});

/** No certificate behind the code: every detail null and no approval, as the API answers. */
const EMPTY = {
  holderName: null,
  licenseNumber: null,
  licenseState: null,
  title: null,
  courseVersion: null,
  provider: null,
  ceHours: null,
  creditMinutes: null,
  onlineMinutes: null,
  liveMinutes: null,
  credentialKind: null,
  scopeStatement: null,
  approvals: [],
  completedOn: null,
  expiresOn: null,
  revokedOn: null,
};

/**
 * The API's VerificationRateLimiter: lookups per client address in a one-minute window, kept
 * in memory. Returns false when over the allowance.
 */
function rateLimiter() {
  let windowStart = 0;
  /** @type {Map<string, number>} */
  let counts = new Map();
  return (/** @type {string} */ address) => {
    const now = Date.now();
    if (now - windowStart >= 60_000 || now < windowStart) {
      windowStart = now;
      counts = new Map();
    }
    const used = (counts.get(address) ?? 0) + 1;
    counts.set(address, used);
    return used <= RATE_LIMIT_PER_MINUTE;
  };
}

// ---- Set-up --------------------------------------------------------------------------------

/**
 * @param {string} url
 * @param {(args: string[], env?: Record<string, string>) => Promise<string>} cli
 * @returns {Promise<string>} The admin's email.
 */
async function publishCourses(url, cli) {
  const suffix = randomBytes(6).toString('hex');
  const password = `bench-password-${suffix}`;
  const email = (/** @type {string} */ who) => `bench-${who}-${suffix}@example.com`;
  /** @param {string} who */
  const login = async (who) =>
    (await graphql(url, LOGIN, { input: { email: email(who), password } })).login.accessToken;

  await cli(['admin:create', '--email', email('admin'), '--name', 'Bench Admin'], {
    FASCICLE_ADMIN_PASSWORD: password,
  });
  const admin = await login('admin');
  const { register } = await graphql(url, REGISTER, {
    input: {
      email: email('instructor'),
      password,
      displayName: 'Bench Author',
      profession: 'EDUCATOR',
    },
  });
  /** @param {string} token @param {string} query @param {Record<string, unknown>} variables */
  const as = (token, query, variables) =>
    graphql(url, query, variables, { authorization: `Bearer ${token}` });
  await as(admin, SET_ROLES, {
    input: { userId: register.user.id, roles: ['LEARNER', 'INSTRUCTOR'] },
  });
  const instructor = await login('instructor');

  const titles = ['Dry needling', 'Vestibular rehabilitation', 'Pain science', 'Gait analysis'];
  for (let c = 0; c < COURSES; c += 1) {
    const title = titles[c % titles.length];
    const { createCourse: version } = await as(instructor, CREATE_COURSE, {
      input: {
        slug: `bench-${suffix}-${c}`,
        title,
        summary: `${title}: what to assess, what to do, and what the evidence says.`,
        audience: 'Licensed physical therapists',
        creditMinutes: [120, 90, 135, 180][c % 4],
        certificateValidityMonths: 48,
        learningObjectives: ['Explain the mechanism'],
        scopeStatement: 'Completion of online coursework; it does not attest clinical skill.',
      },
    });
    const { addModule } = await as(instructor, ADD_MODULE, {
      input: { versionId: version.id, title: 'Module 1' },
    });
    await as(instructor, ADD_LESSON, {
      input: {
        moduleId: addModule.id,
        title: 'Lesson 1',
        bodyMarkdown: 'Read.',
        seatTimeMinutes: 10,
      },
    });
    await publishVersion(url, { author: instructor, admin }, version.id);
  }
  return email('admin');
}

/**
 * Loads `count` certificates (and their learners and enrollments) and returns a random
 * sample of SAMPLE of their codes, in a random order.
 *
 * @param {pg.Client} db
 * @param {number} count
 * @param {string} adminEmail Revokes the revoked ones.
 * @param {(text: string) => void} progress
 */
async function loadCertificates(db, count, adminEmail, progress) {
  const { generateCertificateCode } = await credentialsLib();
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  // Bulk data that a crash would simply throw away with the database.
  await db.query('SET synchronous_commit = off');
  await db.query(`
    CREATE TEMPORARY TABLE bench_courses AS
    SELECT (row_number() OVER (ORDER BY c.slug) - 1)::int AS c, c.id AS course_id,
           v.id AS version_id, v.title, c.slug, v.number, v.credit_minutes,
           -- contactHours in the default unit (60-minute hours, rounded down to the quarter),
           -- as the API's catalog filter computes it in SQL
           floor(v.credit_minutes / 15.0) / 4 AS ce_hours, v.credential_kind,
           v.scope_statement, v.disclosure
    FROM courses c JOIN course_versions v ON v.id = c.published_version_id`);
  const { rows: admins } = await db.query('SELECT id FROM users WHERE email = $1', [adminEmail]);

  const learners = Math.ceil(count / COURSES);
  for (let from = 1; from <= learners; from += BATCH) {
    await db.query(INSERT_LEARNERS, [from, Math.min(from + BATCH - 1, learners)]);
  }
  progress(`${learners} learners (${elapsed()})`);

  const wanted = new Set();
  while (wanted.size < Math.min(SAMPLE, count)) wanted.add(randomInt(1, count + 1));
  /** @type {string[]} */
  const sample = [];
  /** @type {Set<string>} */
  const issued = new Set();
  /**
   * Codes for rows first…first + size − 1, a few thousand at a time so that the batch
   * being inserted meanwhile is sent on (the generator's BigInt arithmetic takes about as long
   * as a fifth of the inserts).
   *
   * @param {number} first
   */
  const codesFrom = async (first) => {
    const size = Math.min(BATCH, count - first + 1);
    /** @type {string[]} */
    const codes = [];
    while (codes.length < size) {
      if (codes.length % 5000 === 0) await new Promise((resolve) => setImmediate(resolve));
      const code = generateCertificateCode();
      if (issued.has(code)) continue; // 70 random bits: never seen, but the key is unique
      issued.add(code);
      codes.push(code);
      if (wanted.has(first + codes.length - 1)) sample.push(code);
    }
    return codes;
  };
  const every = Math.max(BATCH, Math.ceil(count / 5 / BATCH) * BATCH);
  let codes = await codesFrom(1);
  let done = 0;
  while (codes.length > 0) {
    const inserting = db.query(INSERT_CERTIFICATES, [
      codes,
      done,
      PROVIDER,
      PLACEHOLDER_JWT,
      admins[0]?.id,
    ]);
    done += codes.length;
    const next = done < count ? codesFrom(done + 1) : [];
    [, codes] = await Promise.all([inserting, next]);
    if (done % every === 0 || done === count) {
      progress(`${done} of ${count} certificates (${elapsed()})`);
    }
  }

  // Statistics, hint bits and the visibility map now, rather than autovacuum during the load.
  await db.query('VACUUM (ANALYZE) users, enrollments, certificates');
  try {
    await db.query('CHECKPOINT'); // write the load out now, not while measuring
  } catch {
    // Needs superuser or pg_checkpoint; without it the checkpointer does it in its time.
  }
  progress(`vacuumed and analyzed (${elapsed()})`);

  for (let i = sample.length - 1; i > 0; i -= 1) {
    const j = randomInt(0, i + 1);
    [sample[i], sample[j]] = [sample[j], sample[i]];
  }
  return sample;
}

/** @param {{ total: number, revoked: number, expired: number }} counts */
const statuses = ({ total, revoked, expired }) =>
  `${total - revoked - expired} valid, ${expired} expired, ${revoked} revoked`;

/**
 * @param {string} name
 * @param {number} count Certificates in the table.
 * @param {string} size How the description says it.
 * @returns {Scenario}
 */
function verifyScenario(name, count, size) {
  const allowed = rateLimiter();
  /** @type {CredentialsLib | null} */
  let credentials = null;
  return {
    name,
    description: `public \`verifyCertificate(code)\` without a token, ${size} certificates in the table, ${SAMPLE} codes in rotation`,
    ownDatabase: true,
    apiEnv: { VERIFY_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT_PER_MINUTE) },

    async setup({ url, cli, databaseUrl, progress }) {
      const adminEmail = await publishCourses(url, cli);
      progress(`${COURSES} courses published; loading ${count} certificates by SQL`);
      const db = new pg.Client({ connectionString: databaseUrl });
      await db.connect();
      try {
        const sample = await loadCertificates(db, count, adminEmail, progress);
        const [table] = (await db.query(COUNT_STATUSES, [null])).rows;
        const [sampled] = (await db.query(COUNT_STATUSES, [sample])).rows;
        if (table.total !== count) {
          throw new BenchError(`${name}: ${table.total} certificates loaded, not ${count}`);
        }
        progress(`table: ${statuses(table)}; sample: ${statuses(sampled)}`);
        if (sampled.revoked === 0 || sampled.expired === 0) {
          throw new BenchError(`${name}: the sample lacks a status (${statuses(sampled)})`);
        }
        return {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          bodies: sample.map((code) => JSON.stringify({ query: VERIFY, variables: { code } })),
        };
      } finally {
        await db.end();
      }
    },

    answer: {
      field: 'verifyCertificate',
      async resolve({ args, ip }, { db }) {
        const input = args['code'];
        if (typeof input !== 'string') return { refused: 'code is required', status: 400 };
        if (!allowed(ip)) {
          return { refused: 'Too many verification requests; try again in a minute' };
        }
        credentials ??= await credentialsLib();
        const code = credentials.normalizeCertificateCode(input.slice(0, 40));
        if (!code) {
          return {
            data: {
              status: 'NOT_FOUND',
              code: input.slice(0, 40).trim(),
              codeWellFormed: false,
              ...EMPTY,
            },
          };
        }
        const { rows } = await db.query({ text: SELECT_BY_CODE, values: [code], types: TYPES });
        const row = rows[0];
        if (!row) {
          return { data: { status: 'NOT_FOUND', code, codeWellFormed: true, ...EMPTY } };
        }
        const today = new Date().toISOString().slice(0, 10);
        /** @type {string | null} */
        const expiresOn = row.expires_on;
        /** @type {Date | null} */
        const revokedAt = row.revoked_at;
        const status =
          revokedAt !== null
            ? 'REVOKED'
            : expiresOn !== null && today > expiresOn
              ? 'EXPIRED'
              : 'VALID';
        /** @type {number} */
        const creditMinutes = row.credit_minutes;
        const { approvalHours } = credentials;
        // Field order as in the query, as GraphQL answers.
        return {
          data: {
            status,
            code,
            codeWellFormed: true,
            holderName: row.holder_name,
            licenseNumber: row.license_number,
            licenseState: row.license_state,
            title: row.title,
            courseVersion: row.course_version,
            provider: row.provider,
            ceHours: Number(row.ce_hours),
            creditMinutes,
            onlineMinutes: row.online_minutes,
            liveMinutes: row.live_minutes,
            credentialKind: row.credential_kind,
            scopeStatement: row.scope_statement,
            approvals: row.approvals.map((/** @type {ApprovalClaim} */ approval) => {
              const hours = approvalHours(approval, creditMinutes);
              return {
                body: hours.body,
                approvalNumber: hours.approvalNumber,
                isSample: hours.isSample,
                minutesPerHour: hours.minutesPerHour,
                increment: hours.increment,
                hours: hours.hours,
                hoursText: hours.hoursText,
              };
            }),
            completedOn: row.completed_on,
            expiresOn,
            revokedOn: revokedAt ? revokedAt.toISOString().slice(0, 10) : null,
          },
        };
      },
    },
  };
}

export const verify10k = verifyScenario('verify-10k', 10_000, '10,000');
export const verify1m = verifyScenario('verify-1m', 1_000_000, '1,000,000');
