import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { BenchError, messageOf } from './errors.js';

/**
 * @typedef {object} BenchDatabase
 * @property {string} name
 * @property {string} url For the servers under test.
 * @property {string} serverVersion Recorded with the results.
 * @property {() => Promise<void>} drop
 */

/**
 * A fresh, empty database for this run on the server at `adminUrl`: the API migrates it and
 * every scenario starts from the same state. Dropped at the end, forcibly, even if a server
 * still holds connections to it.
 *
 * @param {string} adminUrl
 * @returns {Promise<BenchDatabase>}
 */
export async function createBenchDatabase(adminUrl) {
  // Hex only, so it can be spliced into CREATE/DROP DATABASE (which take no parameters).
  const name = `fascicle_bench_${randomBytes(6).toString('hex')}`;
  const serverVersion = await withClient(adminUrl, async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
    const { rows } = await client.query('SHOW server_version');
    return String(rows[0]?.server_version ?? 'unknown');
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    serverVersion,
    drop: () =>
      withClient(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}

/**
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BenchError(
      `Cannot connect to PostgreSQL at ${redact(url)} (${messageOf(error)}).\n` +
        'Start it, or point BENCH_DATABASE_URL at a server where this user may CREATE DATABASE.',
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** @param {string} url */
export function redact(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
