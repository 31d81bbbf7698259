import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Cleanup } from '../lib/cleanup.js';
import { createBenchDatabase } from '../lib/database.js';
import { BenchError } from '../lib/errors.js';
import { graphql, send } from '../lib/http.js';
import { measure } from '../lib/load.js';
import { startApi } from '../lib/servers.js';

/** @import { LoadContext, LoadScenario, BenchRequest } from '../lib/types.js' */
/** @import { Measurement } from '../lib/load.js' */

const NAME = 'compliance';
/** The two clinics: the "baseline" is the small one, on the same API. */
const SMALL = 20;
const LARGE = 2000;
/** What issue 20 asks of the large clinic's first page: at most this many times the small's. */
const TARGET = 3;
const DESCRIPTION = `compliance report, first page of 20 by name: ${LARGE.toLocaleString('en')} staff vs ${SMALL}`;

/** A clinic admin's first page, sorted by name: what the clinic's compliance page asks. */
const REPORT = `query Report($id: ID!) {
  organization(id: $id) {
    complianceReport(first: 20, sort: NAME) {
      generatedAt csvUrl state eligibilityReminder
      requirements { id label }
      totals { status count }
      members {
        edges { cursor node {
          membershipId userId displayName email licenseNumber licenseState role worstStatus
          handsOnCertified nextExpiry
          credentials { requirementId label status certificateCode completedOn expiresOn
                        revokedOn credentialKind liveMinutes }
          eligibility { state verdict missing checkedOn }
        } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken user { id } }
}`;
const CREATE_ORG = `mutation Create($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id }
}`;
const REQUIRE = `mutation Require($input: AddRequiredCredentialInput!) {
  addRequiredCredential(input: $input) { id }
}`;

const FIRST_NAMES = 'Ana Ben Chloe Dev Élena Farid Grace Hugo Inès Jonas Keiko Liam Maya Noor';
const LAST_NAMES =
  "Abe Brennan Costa Diallo Eriksen Fischer García Haddad Ivanova Jensen Kim O'Neil";

/**
 * Staff n (1…count) of a clinic, by SQL: an account, a Florida license for every third, an
 * active membership, and a program credential whose situation derives from n: none for
 * n mod 10 = 0 (MISSING), revoked for 1, expired for 2, expiring within 30 days for 3, within
 * 60 for 4, valid for a year and more otherwise. Certificates are never signed: the report does
 * not read the credential.
 */
const LOAD_STAFF = `
  WITH people AS (
    INSERT INTO users (email, password_hash, display_name, profession, roles)
    SELECT $2::text || '-' || n || '@example.com', 'x',
           (string_to_array($5::text, ' '))[1 + (n * 7) % 14] || ' ' ||
             (string_to_array($6::text, ' '))[1 + (n * 5) % 12] || ' ' || n,
           'PHYSICAL_THERAPIST', '{LEARNER}'
      FROM generate_series(1, $3::int) n
    RETURNING id, display_name, (regexp_match(display_name, '(\\d+)$'))[1]::int AS n),
  licensed AS (
    INSERT INTO licenses (user_id, state, profession, number, issued_on, is_primary)
    SELECT id, 'FL', 'PHYSICAL_THERAPIST', 'PT' || (100000 + n), DATE '2020-01-01', true
      FROM people WHERE n % 3 = 0),
  joined AS (
    INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
    SELECT $1, id, 'STAFF', 'ACTIVE', now() FROM people)
  INSERT INTO certificates (code, kind, user_id, program_id, holder_name, title, provider,
                            ce_hours, completed_on, expires_on, credential_jwt, issued_at,
                            revoked_at, revoked_reason)
  SELECT 'BENCH-' || $2::text || '-' || n, 'PROGRAM', id, $4, display_name, 'Dry Needling - Level 1',
         'Fascicle Continuing Education', 27, d.expires - 730, d.expires,
         'bench.placeholder.not-a-signed-credential', now(),
         CASE WHEN n % 10 = 1 THEN now() END, CASE WHEN n % 10 = 1 THEN 'Issued in error' END
    FROM people,
         LATERAL (SELECT (now() AT TIME ZONE 'UTC')::date + CASE n % 10
                    WHEN 2 THEN -40 WHEN 3 THEN 20 WHEN 4 THEN 50 ELSE 400 + n % 300 END
                    AS expires) d
   WHERE n % 10 <> 0`;

/**
 * The compliance report's first page for a clinic of 20 staff and for one of 2,000, on the same
 * API and database, one after the other: issue 20 asks the large at no more than 3× the time of
 * the small (sorted, filtered and paged in SQL, only the page's rows built). A load scenario
 * (its own database and API) because the request harness compares an API with a bare baseline
 * answering the same JSON, and here the two answers differ by design.
 *
 * @type {LoadScenario}
 */
export default {
  name: NAME,
  description: DESCRIPTION,

  async run(context) {
    const { config, secrets, cleanup, progress } = context;
    const steps = new Cleanup();
    cleanup.add(`close the ${NAME} run`, () => steps.run());
    try {
      const database = await createBenchDatabase(config.databaseUrl);
      steps.add(`drop database ${database.name}`, database.drop);
      /** @type {import('../lib/processes.js').Server | null} */
      let api = null;
      steps.add('stop the API', () => api?.stop() ?? Promise.resolve());
      api = await startApi({ databaseUrl: database.url, secrets });
      progress(`database ${database.name}, API pid ${api.pid}`);
      const clinics = await setUp(api.url, database.url, progress);

      /** @type {{ label: string, staff: number, measurement: Measurement }[]} */
      const runs = [];
      for (const clinic of clinics) {
        const request = reportRequest(clinic);
        await checkAnswer(api.url, request, clinic.staff);
        progress(`loading the ${clinic.staff.toLocaleString('en')}-staff clinic`);
        const options = {
          target: `${NAME}, ${clinic.staff} staff`,
          baseUrl: api.url,
          pid: api.pid,
          request,
          connections: config.connections,
          warmupSeconds: config.warmupSeconds,
          durationSeconds: config.durationSeconds,
          verifyBody: (/** @type {string} */ body) => firstPageOk(body),
        };
        runs.push({
          label: `${clinic.staff.toLocaleString('en')} staff`,
          staff: clinic.staff,
          measurement: await measure(options),
        });
      }
      const [small, large] = /** @type {[typeof runs[0], typeof runs[0]]} */ (runs);
      const ratios = {
        p50: round(large.measurement.p50Ms / small.measurement.p50Ms),
        meanMs: round(large.measurement.meanMs / small.measurement.meanMs),
        requestsPerSecond: round(
          small.measurement.requestsPerSecond / large.measurement.requestsPerSecond,
        ),
      };
      const description = DESCRIPTION;
      return {
        postgres: database.serverVersion,
        report: formatReport(description, config, runs, ratios),
        result: { name: NAME, description, target: TARGET, runs, ratios },
      };
    } finally {
      await steps.run();
    }
  },
};

const round = (/** @type {number} */ value) => Math.round(value * 1000) / 1000;

/**
 * A clinic admin (through the API), a credential program (by SQL: nothing of the API reads
 * how it was made), and two Florida clinics requiring it with their staff.
 *
 * @param {string} url
 * @param {string} databaseUrl
 * @param {(text: string) => void} progress
 */
async function setUp(url, databaseUrl, progress) {
  const suffix = randomBytes(6).toString('hex');
  const { register } = await graphql(url, REGISTER, {
    input: {
      email: `bench-clinic-admin-${suffix}@example.com`,
      password: `bench-password-${suffix}`,
      displayName: 'Casey Clinic-Admin',
      profession: 'PHYSICAL_THERAPIST',
      licenseNumber: 'PT-654321',
      licenseState: 'FL',
    },
  });
  const auth = { authorization: `Bearer ${register.accessToken}` };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO credential_programs (slug, title, description, validity_months)
       VALUES ('dry-needling-level-1', 'Dry Needling - Level 1', 'Didactic.', 24) RETURNING id`,
    );
    const programId = /** @type {string} */ (rows[0].id);
    const clinics = [];
    for (const staff of [SMALL, LARGE]) {
      const { createOrganization } = await graphql(
        url,
        CREATE_ORG,
        { input: { name: `Bench PT ${staff}`, state: 'FL' } },
        auth,
      );
      const id = /** @type {string} */ (createOrganization.id);
      await graphql(
        url,
        REQUIRE,
        { input: { organizationId: id, label: 'Dry Needling - Level 1', programId } },
        auth,
      );
      const started = performance.now();
      await client.query(LOAD_STAFF, [
        id,
        `bench-${staff}-${suffix}`,
        staff,
        programId,
        FIRST_NAMES,
        LAST_NAMES,
      ]);
      progress(
        `${staff.toLocaleString('en')} staff loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      clinics.push({ id, staff, token: /** @type {string} */ (register.accessToken) });
    }
    await client.query('ANALYZE');
    return clinics;
  } finally {
    await client.end();
  }
}

/**
 * @param {{ id: string, token: string }} clinic
 * @returns {BenchRequest}
 */
function reportRequest(clinic) {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${clinic.token}` },
    body: JSON.stringify({ query: REPORT, variables: { id: clinic.id } }),
  };
}

/** @param {string} body A first page of 20 members and no error (generatedAt varies). */
function firstPageOk(body) {
  try {
    const json = JSON.parse(body);
    return !json.errors && json.data?.organization?.complianceReport?.members?.edges?.length === 20;
  } catch {
    return false;
  }
}

/**
 * Before measuring: a first page of 20, and totals over every staff member (the admin, who
 * created the clinic, is not required to hold the credential).
 *
 * @param {string} url
 * @param {BenchRequest} request
 * @param {number} staff
 */
async function checkAnswer(url, request, staff) {
  const { status, text } = await send(url, request);
  const counted = firstPageOk(text)
    ? JSON.parse(text).data.organization.complianceReport.totals.reduce(
        (/** @type {number} */ sum, /** @type {{ count: number }} */ total) => sum + total.count,
        0,
      )
    : -1;
  if (status !== 200 || counted !== staff) {
    throw new BenchError(`${NAME}: the ${staff}-staff clinic answered HTTP ${status}: ${text}`);
  }
}

/**
 * @param {string} description
 * @param {import('../lib/config.js').BenchConfig} config
 * @param {{ label: string, measurement: Measurement }[]} runs
 * @param {{ p50: number, meanMs: number, requestsPerSecond: number }} ratios
 */
function formatReport(description, config, runs, ratios) {
  const widths = [16, 10, 10, 10, 10, 11];
  /** @param {string[]} cells */
  const row = (cells) =>
    `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('')}`.trimEnd();
  const verdict = ratios.p50 <= TARGET ? 'within' : 'above';
  return [
    `${NAME}: ${description}`,
    `  ${config.connections} connections, ${config.durationSeconds} s measured after a ` +
      `${config.warmupSeconds} s warm-up, per clinic`,
    '',
    row(['clinic', 'req/s', 'p50 ms', 'mean ms', 'p99 ms', 'requests']),
    ...runs.map(({ label, measurement: m }) =>
      row([
        label,
        m.requestsPerSecond.toFixed(1),
        m.p50Ms.toFixed(2),
        m.meanMs.toFixed(2),
        m.p99Ms.toFixed(2),
        String(m.requests),
      ]),
    ),
    row([
      `${LARGE}/${SMALL} time`,
      `${ratios.requestsPerSecond.toFixed(2)}×`,
      `${ratios.p50.toFixed(2)}×`,
      `${ratios.meanMs.toFixed(2)}×`,
      '',
      '',
    ]),
    '',
    `  ${verdict} the target of ${TARGET}× (p50); req/s column: ${SMALL}-staff req/s ÷ ${LARGE}-staff req/s`,
    '',
  ].join('\n');
}
