import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { accessTokenSigner } from '../../lib/access-tokens.js';
import { BenchError } from '../../lib/errors.js';
import { inParallel } from '../../lib/graphql-load.js';
import { graphql } from '../../lib/http.js';

/** @import { GraphqlLoadClient } from '../../lib/graphql-load.js' */

/**
 * @typedef {object} Learner
 * @property {string} userId
 * @property {string} token A signed access token, as `login` would return.
 */

const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { user { id } } }`;
const ENROLL = `mutation Enroll($courseId: ID!) { enroll(courseId: $courseId) { id status } }`;

/** Enrolments in flight at once during set-up. */
const ENROLL_CONCURRENCY = 50;

/**
 * `count` learner accounts. One is registered through the API; the others are inserted by SQL
 * with a copy of its password hash (one argon2 hash instead of thousands: each costs about a
 * tenth of a second of a core), and each gets an access token signed with the run's secret as
 * the API signs them. Every account is valid: any of them could sign in with the password.
 *
 * @param {{ url: string, databaseUrl: string, jwtSecret: string, count: number }} options
 * @returns {Promise<Learner[]>}
 */
export async function createLearners({ url, databaseUrl, jwtSecret, count }) {
  const suffix = randomBytes(6).toString('hex');
  const { register } = await graphql(url, REGISTER, {
    input: {
      email: `bench-template-${suffix}@example.com`,
      password: `bench-password-${suffix}`,
      displayName: 'Bench Template',
      profession: 'EDUCATOR',
    },
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `WITH learners AS (
         INSERT INTO users (email, password_hash, display_name, profession)
         SELECT 'bench-learner-' || n || '-' || $3 || '@example.com', t.password_hash,
                'Bench Learner ' || n, 'PHYSICAL_THERAPIST'
           FROM users t, generate_series(1, $2::int) AS n
          WHERE t.id = $1
         RETURNING id, display_name),
       licensed AS (
         INSERT INTO licenses (user_id, state, profession, number, is_primary)
         SELECT id, 'CO', 'PHYSICAL_THERAPIST',
                'PT-' || lpad(substring(display_name FROM '[0-9]+$'), 6, '0'), true
           FROM learners)
       SELECT id FROM learners`,
      [register.user.id, count, suffix],
    );
    const sign = accessTokenSigner(jwtSecret);
    return Promise.all(
      rows.map(async ({ id }) => ({
        userId: String(id),
        token: await sign(String(id), ['LEARNER']),
      })),
    );
  } finally {
    await client.end();
  }
}

/**
 * Enrols every learner in the course through the API (spread over its processes), as each
 * would from the course page; any refusal stops the run. Returns the seconds it took.
 *
 * @param {GraphqlLoadClient} client
 * @param {Learner[]} learners
 * @param {string} courseId
 */
export async function enrollAll(client, learners, courseId) {
  const started = performance.now();
  await inParallel(learners, ENROLL_CONCURRENCY, async (learner) => {
    const answer = await client.send(learner.token, ENROLL, { courseId });
    if (answer.code !== 'OK' || answer.data.enroll.status !== 'ACTIVE') {
      throw new BenchError(`set-up: enrolling learner ${learner.userId} failed: ${answer.code}`);
    }
  });
  return (performance.now() - started) / 1000;
}
