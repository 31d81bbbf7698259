import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { READINESS_PATH } from '../../apps/api/src/health/health-paths.js';
import { freePort, sleep } from '../support/free-port.js';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * How production starts the API, from the repository root: the Dockerfile's CMD must be
 * exactly this (dockerfile.e2e.ts), and graceful-shutdown.e2e.ts runs exactly this.
 */
export const PRODUCTION_START = ['node', 'apps/api/dist/main.js'] as const;

/** A cold embedded database migrates in a few seconds; a slow CI machine gets more. */
const START_TIMEOUT_MS = 120_000;

/**
 * Builds the API (libs included) into dist with the compiler the Dockerfile's build stage
 * runs, incrementally: after `npm test` has built everything this only checks that nothing
 * changed (`npm run build:api` empties dist first, which would make every test file that
 * needs the build compile it all again).
 */
export async function buildApi(): Promise<void> {
  try {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    await promisify(execFile)(process.execPath, [tsc, '-b', 'apps/api/tsconfig.build.json'], {
      cwd: ROOT,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc -b apps/api/tsconfig.build.json failed:\n${stdout}${stderr}`, {
      cause: error,
    });
  }
}

export interface RunningApi {
  process: ChildProcess;
  url: string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
  /** Kills the whole process group if it is still running. */
  kill(): void;
}

/**
 * Starts the built API with the production start, in a process group of its own, and waits
 * until its readiness probe answers 200.
 */
export async function startProductionApi(env: Record<string, string>): Promise<RunningApi> {
  const port = await freePort();
  const inherited = { ...process.env };
  // The caller's environment decides the services, not the developer's shell.
  for (const name of ['DATABASE_URL', 'SMTP_URL', 'REDIS_URL', 'METRICS_TOKEN'])
    delete inherited[name];
  const [command, ...args] = PRODUCTION_START;
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const api: RunningApi = {
    process: child,
    url: `http://127.0.0.1:${port}`,
    exited,
    output: () => output,
    kill() {
      if (hasExited || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    },
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`The API exited during start-up:\n${output}`);
    try {
      if ((await fetch(`${api.url}${READINESS_PATH}`)).ok) return api;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  api.kill();
  throw new Error(`The API was not ready within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
}
