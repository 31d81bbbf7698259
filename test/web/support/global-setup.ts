import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, sleep } from '../../support/free-port.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const API_MAIN = join(ROOT, 'apps/api/dist/main.js');
const WEB_INDEX = join(ROOT, 'apps/web/dist/index.html');
/** A cold embedded database migrates in a few seconds; a slow CI machine gets more. */
const START_TIMEOUT_MS = 120_000;

/** A running API: where it listens, where its clock offset and mail go, and how to stop it. */
export interface ApiServer {
  url: string;
  clockOffsetFile: string;
  outboxDir: string;
  stop: () => Promise<void>;
}

/**
 * Starts the built API (serving the built web app) once for all journeys: 127.0.0.1, a free
 * port, a fresh data folder, demo accounts but no curriculum seed, and a clock the journeys
 * move forward. It runs detached in its own process group, and the returned teardown kills
 * the whole group.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startApiServer();
  // Workers start after global setup and inherit this environment.
  process.env['FASCICLE_WEB_URL'] = server.url;
  process.env['FASCICLE_CLOCK_OFFSET_FILE'] = server.clockOffsetFile;
  // Without SMTP_URL the API writes every mail here as an .eml file (support/mail.ts reads it).
  process.env['FASCICLE_OUTBOX_DIR'] = server.outboxDir;
  return server.stop;
}

/**
 * One API server as global setup starts it. A journey that must move time by hours (a lab
 * that has to be over) starts one of its own with this, so the shared server's clock, which
 * every journey's fifteen-minute access tokens live on, moves only by minutes.
 */
export async function startApiServer(): Promise<ApiServer> {
  for (const file of [API_MAIN, WEB_INDEX]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'fascicle-web-test-'));
  const logFile = join(dataDir, 'api.log');
  // The server's clock runs ahead by the advances journeys append here (server-clock.ts).
  const clockOffsetFile = join(dataDir, 'clock-offset');
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'a');
  const server = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      FASCICLE_DATA_DIR: join(dataDir, 'data'),
      FASCICLE_DEMO_DATA: 'true',
      FASCICLE_SEED_CURRICULUM: 'false',
      LOG_LEVEL: 'warn',
      FASCICLE_CLOCK_OFFSET_FILE: clockOffsetFile,
      // Every journey verifies a few codes from one address.
      VERIFY_RATE_LIMIT_PER_MINUTE: '1000',
      // Every journey signs up its people from the same address too.
      REGISTER_RATE_LIMIT_PER_HOUR: '1000',
      PASSWORD_RESET_RATE_LIMIT_PER_HOUR: '1000',
      // Mail goes to the outbox folder, where journeys read it (support/mail.ts); spawn leaves
      // out a variable whose value is undefined.
      SMTP_URL: undefined,
      GRAPHQL_COST_PER_MINUTE: '10000000',
    },
  });
  let exited: number | null = null;
  server.on('exit', (code) => (exited = code ?? -1));

  const stop = async () => {
    if (server.pid !== undefined && exited === null) {
      killGroup(server.pid, 'SIGTERM');
      const deadline = Date.now() + 10_000;
      while (exited === null && Date.now() < deadline) await sleep(100);
      if (exited === null) killGroup(server.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, () => exited);
  } catch (error) {
    const output = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    await stop();
    throw new Error(`${(error as Error).message}\n--- API output ---\n${output}`, {
      cause: error,
    });
  }
  return { url, clockOffsetFile, outboxDir: join(dataDir, 'data', 'outbox'), stop };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitForHealth(url: string, exitCode: () => number | null): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exitCode() !== null) throw new Error(`The API exited with code ${exitCode()}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The API did not answer ${url}/health within ${START_TIMEOUT_MS / 1000} s`);
}
