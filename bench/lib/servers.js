import { existsSync } from 'node:fs';
import { POOL_SIZE } from './config.js';
import { BenchError } from './errors.js';
import { API_MAIN, BASELINE_SERVER } from './paths.js';
import { freePort, HOST, startServer } from './processes.js';

/**
 * A child's environment: only PATH from ours, so a FASCICLE_DEMO_DATA or DATABASE_POOL_SIZE
 * in the caller's shell cannot change what is measured.
 *
 * @param {Record<string, string>} variables
 */
function childEnv(variables) {
  return { PATH: process.env.PATH ?? '', ...variables };
}

/**
 * The built API in production mode, as it is deployed. It migrates the database on start.
 *
 * @param {{ databaseUrl: string, jwtSecret: string }} options
 */
export async function startApi({ databaseUrl, jwtSecret }) {
  if (!existsSync(API_MAIN)) {
    throw new BenchError(
      `${API_MAIN} is missing: run \`npm run bench\`, which builds the API first`,
    );
  }
  const port = await freePort();
  return startServer({
    name: 'API',
    script: API_MAIN,
    env: childEnv({
      NODE_ENV: 'production',
      HOST,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      JWT_SECRET: jwtSecret,
      FASCICLE_DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
    }),
    port,
    readyPath: '/health',
    // Generous: start-up includes running every migration on the fresh database.
    readyTimeoutMs: 60_000,
  });
}

/**
 * The bare Fastify + pg server for one scenario (bench/baseline-server.js).
 *
 * @param {{ scenario: string, databaseUrl: string, jwtSecret: string }} options
 */
export async function startBaseline({ scenario, databaseUrl, jwtSecret }) {
  const port = await freePort();
  return startServer({
    name: `baseline (${scenario})`,
    script: BASELINE_SERVER,
    args: [scenario],
    env: childEnv({
      NODE_ENV: 'production',
      HOST,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      JWT_SECRET: jwtSecret,
    }),
    port,
    readyPath: '/health',
    readyTimeoutMs: 15_000,
  });
}
