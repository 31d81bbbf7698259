import pg from 'pg';
import { findScenario } from '../scenarios/index.js';
import { bearerVerifier } from './baseline-auth.js';

/** @import { BaselineContext, Scenario } from './types.js' */

/**
 * What both reference servers (baseline-server.js, nest-reference-server.js) start from: the
 * scenario named by their first argument, where to listen, and the pool and bearer check its
 * answer is given. bench/run.js starts them with HOST, PORT, DATABASE_URL, DATABASE_POOL_SIZE
 * and JWT_SECRET in the environment.
 *
 * @returns {{ scenario: Scenario, host: string, port: number, context: BaselineContext }}
 */
export function referenceSetup() {
  const scenario = findScenario(process.argv[2] ?? '');
  const { HOST, PORT, DATABASE_URL, DATABASE_POOL_SIZE, JWT_SECRET } = process.env;
  if (!HOST || !PORT || !DATABASE_URL || !DATABASE_POOL_SIZE || !JWT_SECRET) {
    throw new Error('HOST, PORT, DATABASE_URL, DATABASE_POOL_SIZE and JWT_SECRET are required');
  }
  const db = new pg.Pool({
    connectionString: DATABASE_URL,
    max: Number(DATABASE_POOL_SIZE),
    connectionTimeoutMillis: 10_000,
  });
  return {
    scenario,
    host: HOST,
    port: Number(PORT),
    context: { db, verifyBearer: bearerVerifier(JWT_SECRET) },
  };
}

/**
 * On SIGTERM or SIGINT (bench/run.js stops its servers so): close the server, then the pool,
 * and exit 0.
 *
 * @param {() => Promise<unknown>} closeServer
 * @param {BaselineContext} context
 */
export function closeOnSignal(closeServer, context) {
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
    process.once(signal, () => {
      closeServer()
        .then(() => context.db.end())
        .finally(() => process.exit(0));
    });
  }
}
