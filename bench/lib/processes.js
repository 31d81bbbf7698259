import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { BenchError } from './errors.js';
import { REPO_ROOT } from './paths.js';

export const HOST = '127.0.0.1';

/** How long a server may take to finish after SIGTERM before its group gets SIGKILL. */
const STOP_GRACE_MS = 5_000;
/** Output kept per server, shown when it fails to start or dies. */
const OUTPUT_TAIL_CHARS = 16_000;

/**
 * Every server started and not yet known to have exited, with its stop function, so that
 * an interrupt in the middle of a start-up still stops it.
 *
 * @type {Map<number, () => Promise<void>>}
 */
const running = new Map();

/**
 * @typedef {object} Server
 * @property {string} name
 * @property {string} url
 * @property {number} pid
 * @property {() => string} output The end of its stdout and stderr.
 * @property {() => Promise<void>} stop Idempotent.
 */

/** A port nobody listens on right now, on loopback (the OS picks it). */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve(undefined));
  });
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  if (address === null || typeof address === 'string') throw new Error('no TCP port assigned');
  return address.port;
}

/**
 * Starts `node <script>` as the leader of its own process group (so that stopping it also
 * stops anything it started, and a Ctrl-C in the terminal reaches only us, who then stop it
 * in order) and waits until `GET <url><readyPath>` answers 2xx.
 *
 * @param {{
 *   name: string,
 *   script: string,
 *   args?: string[],
 *   nodeArgs?: string[],
 *   env: NodeJS.ProcessEnv,
 *   port: number,
 *   readyPath: string,
 *   readyTimeoutMs: number,
 * }} options
 * @returns {Promise<Server>}
 */
export async function startServer({
  name,
  script,
  args = [],
  nodeArgs = [],
  env,
  port,
  readyPath,
  readyTimeoutMs,
}) {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    cwd: REPO_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  /** @param {Buffer} chunk */
  const keep = (chunk) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  /** @type {Promise<string>} How it ended, e.g. "exit code 1". */
  const exited = new Promise((resolve) => {
    child.once('error', (error) => resolve(`failed to spawn: ${error.message}`));
    child.once('exit', (code, signal) => {
      if (child.pid !== undefined) running.delete(child.pid);
      resolve(signal ? `killed by ${signal}` : `exit code ${code}`);
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new BenchError(`${name}: ${await exited}`);

  let stopping = /** @type {Promise<void> | null} */ (null);
  const stop = () => (stopping ??= stopGroup(pid, exited));
  running.set(pid, stop);
  /** @type {Server} */
  const server = {
    name,
    url: `http://${HOST}:${port}`,
    pid,
    output: () => tail,
    stop,
  };
  try {
    await waitUntilReady(`${server.url}${readyPath}`, exited, readyTimeoutMs);
  } catch (error) {
    await server.stop();
    const reason = error instanceof Error ? error.message : String(error);
    const output = tail.trim() || '(none)';
    throw new BenchError(`${name} did not start: ${reason}\n--- its output ---\n${output}`);
  }
  return server;
}

/**
 * SIGTERM to the group (the API closes its pool and server on it), SIGKILL after a grace
 * period, and SIGKILL to whatever the leader leaves behind in its group.
 *
 * @param {number} pid
 * @param {Promise<string>} exited
 */
async function stopGroup(pid, exited) {
  signalGroup(pid, 'SIGTERM');
  const graceOver = delay(STOP_GRACE_MS, 'timeout', { ref: false });
  if ((await Promise.race([exited, graceOver])) === 'timeout') {
    signalGroup(pid, 'SIGKILL');
    await exited;
  }
  signalGroup(pid, 'SIGKILL');
}

/** Stops every server still running, in parallel. */
export async function stopAllServers() {
  await Promise.all([...running.values()].map((stop) => stop()));
}

/**
 * Last resort, synchronous (for `process.on('exit')` and a second Ctrl-C): kills every
 * server group still alive without waiting.
 */
export function killAllServersNow() {
  for (const pid of running.keys()) signalGroup(pid, 'SIGKILL');
}

/**
 * @param {number} pid
 * @param {NodeJS.Signals} signal
 */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: the group is already gone, which is what we want.
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ESRCH') throw error;
  }
}

/**
 * @param {string} url
 * @param {Promise<string>} exited
 * @param {number} timeoutMs
 */
async function waitUntilReady(url, exited, timeoutMs) {
  /** @type {string | null} */
  let ended = null;
  void exited.then((how) => (ended = how));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (ended) throw new Error(`it ended (${ended})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`no 2xx from ${url} within ${timeoutMs} ms`);
    await delay(100);
  }
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on Linux (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * A process's CPU time so far in ms (user + system), or null where /proc is not readable: on a
 * machine others share, steadier than elapsed time.
 *
 * @param {number} pid
 */
export function processCpuMs(pid) {
  try {
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
