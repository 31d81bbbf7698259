import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { POOL_SIZE } from './config.js';
import { BenchError } from './errors.js';
import { API_CLI, API_MAIN, BASELINE_SERVER, NEST_REFERENCE_SERVER, REPO_ROOT } from './paths.js';
import { freePort, HOST, startServer } from './processes.js';

/**
 * A child's environment: only PATH from ours, so a FASCICLE_DEMO_DATA or DATABASE_POOL_SIZE
 * in the caller's shell cannot change what is measured.
 *
 * @param {Record<string, string>} variables
 */
export function childEnv(variables) {
  return { PATH: process.env.PATH ?? '', ...variables };
}

/**
 * What production requires of the API and nobody else may know, new for each run.
 *
 * @typedef {object} Secrets
 * @property {string} jwtSecret JWT_SECRET, shared with every baseline (which verifies the
 *   API's tokens).
 * @property {string} signingKey CREDENTIAL_SIGNING_KEY: a private Ed25519 JWK.
 */

/** @returns {Secrets} */
export function newSecrets() {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    jwtSecret: randomBytes(32).toString('base64url'),
    signingKey: JSON.stringify(privateKey.export({ format: 'jwk' })),
  };
}

/**
 * @typedef {object} ApiOptions
 * @property {string} databaseUrl
 * @property {Secrets} secrets
 * @property {Record<string, string>} [env] A scenario's additions (`Scenario.apiEnv`).
 */

/**
 * The API's configuration for the bench database, shared by the server and its CLI.
 *
 * @param {ApiOptions} options
 */
function apiEnv({ databaseUrl, secrets, env = {} }) {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    JWT_SECRET: secrets.jwtSecret,
    CREDENTIAL_SIGNING_KEY: secrets.signingKey,
    FASCICLE_DEMO_DATA: 'false',
    // The scenarios send no mail a person reads.
    FASCICLE_ALLOW_MAIL_OUTBOX: 'true',
    // Thousands of simulated learners send from one address.
    GRAPHQL_COST_PER_MINUTE: '1000000000',
    VERIFY_RATE_LIMIT_PER_MINUTE: '1000000',
    REGISTER_RATE_LIMIT_PER_HOUR: '1000000',
    LOG_LEVEL: 'silent',
    ...env,
  };
}

/**
 * Node options for the API's process from BENCH_API_NODE_ARGS (space-separated), e.g.
 * `--cpu-prof --cpu-prof-dir=bench/profiles` to profile it under load (bench/README.md).
 */
function apiNodeArgs() {
  return (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

/**
 * The built API in production mode, as it is deployed. It migrates the database on start.
 *
 * @param {ApiOptions} options
 */
export async function startApi(options) {
  if (!existsSync(API_MAIN)) {
    throw new BenchError(
      `${API_MAIN} is missing: run \`npm run bench\`, which builds the API first`,
    );
  }
  const port = await freePort();
  return startServer({
    name: 'API',
    script: API_MAIN,
    nodeArgs: apiNodeArgs(),
    env: childEnv({ ...apiEnv(options), HOST, PORT: String(port) }),
    port,
    readyPath: '/health',
    // Generous: start-up includes running every migration on the fresh database.
    readyTimeoutMs: 60_000,
  });
}

/**
 * Runs a command of the built API's CLI on the bench database, configured as the API is,
 * e.g. `admin:create` (the only way to make an ADMIN). Returns its standard output.
 *
 * @param {ApiOptions} options
 * @param {string[]} args
 * @param {Record<string, string>} [env] Added to the API's, e.g. FASCICLE_ADMIN_PASSWORD.
 */
export async function runApiCli(options, args, env = {}) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [API_CLI, ...args], {
      cwd: REPO_ROOT,
      env: childEnv({ ...apiEnv(options), ...env }),
      timeout: 60_000,
    });
    return stdout;
  } catch (error) {
    const { stderr, message } = /** @type {Error & { stderr?: string }} */ (error);
    throw new BenchError(`API CLI ${args[0]} failed: ${stderr?.trim() || message}`);
  }
}

/**
 * @typedef {object} ReferenceOptions
 * @property {string} scenario
 * @property {string} databaseUrl
 * @property {string} jwtSecret
 */

/**
 * The bare Fastify + pg server for one scenario (bench/baseline-server.js).
 *
 * @param {ReferenceOptions} options
 */
export function startBaseline(options) {
  return startReference(`baseline (${options.scenario})`, BASELINE_SERVER, options);
}

/**
 * The minimal Nest + Apollo server for one scenario, on the same SQL as the baseline
 * (bench/nest-reference-server.js).
 *
 * @param {ReferenceOptions} options
 */
export function startNestReference(options) {
  return startReference(`Nest+Apollo (${options.scenario})`, NEST_REFERENCE_SERVER, options);
}

/**
 * @param {string} name
 * @param {string} script
 * @param {ReferenceOptions} options
 */
async function startReference(name, script, { scenario, databaseUrl, jwtSecret }) {
  const port = await freePort();
  return startServer({
    name,
    script,
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
