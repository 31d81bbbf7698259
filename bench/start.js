// `npm run bench:start`: how long the API takes to start and how much memory it holds idle,
// on a fresh embedded database and on a fresh database of a PostgreSQL server, against the
// targets of issue 20. Builds nothing: run `npm run build` first (its time is not counted).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Cleanup, runCommand } from './lib/cleanup.js';
import { createBenchDatabase, redact } from './lib/database.js';
import { messageOf } from './lib/errors.js';
import { API_MAIN } from './lib/paths.js';
import { HOST, freePort, processCpuMs, startServer, stopAllServers } from './lib/processes.js';
import { childEnv } from './lib/servers.js';

const TARGETS = { firstStartS: 10, laterStartS: 3, embeddedMb: 320, serverMb: 150 };
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Seconds to wait after ready before reading the memory, as a server left alone would be. */
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 10);
/** Another build to measure (a copy built elsewhere); by default apps/api/dist/main.js. */
const MAIN = process.env.BENCH_API_MAIN ?? API_MAIN;
/** The first start seeds everything; on a busy machine it may take minutes. */
const READY_TIMEOUT_MS = 10 * 60_000;

/**
 * @typedef {object} Start
 * @property {number} seconds From spawning `node main.js` to the first 2xx of /health/ready.
 * @property {number | null} reportedMs The server's own "Ready in" (from its first line of code).
 * @property {number} cpuSeconds CPU time the server used until ready (user + system): on a
 *   machine others share, steadier than the elapsed time.
 * @property {number} idleMb Resident memory after IDLE_SECONDS of idleness.
 * @property {number} peakMb Its high-water mark.
 */

/**
 * Starts the API on `env`, waits for ready, lets it idle and reads its memory, then stops it.
 *
 * @param {string} name
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<Start>}
 */
async function measureStart(name, env) {
  const port = await freePort();
  const began = performance.now();
  const server = await startServer({
    name,
    script: MAIN,
    // Only PATH from the caller's shell: a DATABASE_URL there would turn the embedded run into
    // a server one.
    env: childEnv({ ...env, PORT: String(port), HOST }),
    port,
    readyPath: '/health/ready',
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
  const seconds = (performance.now() - began) / 1000;
  try {
    const cpuSeconds = (processCpuMs(server.pid) ?? Number.NaN) / 1000;
    await delay(IDLE_SECONDS * 1000);
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const kb = (/** @type {string} */ field) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    const ready = /Ready in (\d+) ms/.exec(server.output());
    return {
      seconds,
      cpuSeconds,
      reportedMs: ready ? Number(ready[1]) : null,
      idleMb: kb('VmRSS') / 1024,
      peakMb: kb('VmHWM') / 1024,
    };
  } finally {
    await server.stop();
  }
}

/**
 * A first start on an empty database, then a second on the same one.
 *
 * @param {string} label
 * @param {NodeJS.ProcessEnv} env
 */
async function firstAndSecond(label, env) {
  const first = await measureStart(`${label}, first start`, env);
  process.stdout.write(`  ${label}: first start ${describe(first)}\n`);
  const second = await measureStart(`${label}, second start`, env);
  process.stdout.write(`  ${label}: second start ${describe(second)}\n`);
  return { first, second };
}

/** @param {Start} start */
const describe = (start) =>
  `${start.seconds.toFixed(1)} s, CPU ${start.cpuSeconds.toFixed(1)} s, ` +
  `"Ready in" ${start.reportedMs ?? '?'} ms, idle ${Math.round(start.idleMb)} MB`;

/** @param {number} value @param {number} target */
const verdict = (value, target) => (value <= target ? 'met' : 'NOT met');

/**
 * @param {{ first: Start, second: Start }} embedded
 * @param {{ first: Start, second: Start } | string} server Or why it was not measured.
 */
function report(embedded, server) {
  /** @type {string[][]} */
  const rows = [['measure', 'value', 'target', '']];
  /** @param {string} what @param {Start} start @param {number} target */
  const time = (what, start, target) =>
    rows.push([
      what,
      `${start.seconds.toFixed(1)} s (CPU ${start.cpuSeconds.toFixed(1)} s)`,
      `${target} s`,
      verdict(start.seconds, target),
    ]);
  /** @param {string} what @param {Start} start @param {number} target */
  const memory = (what, start, target) =>
    rows.push([
      what,
      `${Math.round(start.idleMb)} MB (peak ${Math.round(start.peakMb)})`,
      `${target} MB`,
      verdict(start.idleMb, target),
    ]);
  time('embedded: first start', embedded.first, TARGETS.firstStartS);
  time('embedded: second start', embedded.second, TARGETS.laterStartS);
  memory('embedded: idle after first start', embedded.first, TARGETS.embeddedMb);
  memory('embedded: idle after second start', embedded.second, TARGETS.embeddedMb);
  if (typeof server === 'string') {
    rows.push(['PostgreSQL server', server, '', '']);
  } else {
    time('server: first start', server.first, TARGETS.firstStartS);
    time('server: second start', server.second, TARGETS.laterStartS);
    memory('server: idle after first start', server.first, TARGETS.serverMb);
    memory('server: idle after second start', server.second, TARGETS.serverMb);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (/** @type {string[]} */ row) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  process.stdout.write(
    [
      '',
      line(rows[0]),
      `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
      ...rows.slice(1).map(line),
      '',
      `Start: spawn of node ${MAIN.replace(process.cwd() + '/', '')} to the first 2xx of /health/ready.`,
      "CPU: user + system time of the server process until ready (it has other people's work",
      'to wait for on a shared machine; the elapsed time counts that wait, the CPU time does not).',
      `Idle: resident memory (VmRSS) ${IDLE_SECONDS} s after ready; peak: VmHWM.`,
      '',
    ].join('\n'),
  );
}

const cleanup = new Cleanup();

async function main() {
  process.stdout.write(`Start-up bench of ${MAIN} (build it first: npm run build)\n`);
  const dirs = [
    mkdtempSync(join(tmpdir(), 'fascicle-start-')),
    mkdtempSync(join(tmpdir(), 'fascicle-start-')),
  ];
  cleanup.add('remove the data folders', () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  // Run before the folders go (steps run in reverse): no server may still be writing to them.
  cleanup.add('stop servers', stopAllServers);
  const embedded = await firstAndSecond('embedded', { FASCICLE_DATA_DIR: dirs[0] });
  /** @type {{ first: Start, second: Start } | string} */
  let server = 'not measured';
  let database = null;
  try {
    database = await createBenchDatabase(ADMIN_URL);
  } catch (error) {
    server = `not measured: ${messageOf(error).split('\n')[0]}`;
  }
  if (database) {
    const { drop } = database;
    cleanup.add('drop the database', async () => {
      await stopAllServers();
      await drop();
    });
    process.stdout.write(`  server: throw-away database on ${redact(ADMIN_URL)}\n`);
    server = await firstAndSecond('server', {
      DATABASE_URL: database.url,
      FASCICLE_DATA_DIR: dirs[1],
    });
  }
  report(embedded, server);
}

await runCommand('bench:start', cleanup, main);
