#!/usr/bin/env node
// The first start, killed (SIGKILL) at many points and started again each time.
//
// A chain: `node apps/api/dist/main.js` on a new data folder, killed with its process group
// at the first kill point (a line of the seed's progress, then a few random milliseconds, so
// kills land inside steps as well as between them), started again on the same folder and
// killed at the next point its output reaches, and so on through the points; then started
// once more until it prints "Fascicle is running" and /health answers. Every start resumes
// what the crashes before it left, so a chain checks recovery from a crash inside a recovery
// too. The folder must then hold exactly what an uninterrupted first start makes: the figures
// of test/seed/demo-figures.sql equal to test/seed/demo-figures.json (eight courses published
// once, one program, the clinic with its administrator and 12 staff, the same attempts,
// passes, certificates and seat time, nothing twice). The points are dealt to the chains in
// turn (with two: the 1st, 3rd, 5th… to chain 1, the 2nd, 4th… to chain 2), so each point is
// killed once, and the chains run at once, each with delays of its own.
//
// A point whose line a resumed start does not print (its step was finished before the last
// kill) is passed over, and said so.
//
// Needs the built API (npm run test:crash builds it). Not part of npm test: it takes a few
// minutes. Environment: CRASH_SEED (the random delays; printed), CRASH_CHAINS (chains run at
// once, 2 by default; 1 takes one chain through every point), CRASH_POINTS (how many of the points below, all by default),
// CRASH_KEEP=1 keeps the data folders. `--reference` only runs one uninterrupted first start
// and prints its figures as JSON (to update demo-figures.json).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const RUNNING = /Fascicle is running: open (\S+) in a browser/;
const RUN_TIMEOUT_MS = 300_000;
/** The APIs started and not yet gone: stopped with the script (they have groups of their own). */
const alive = new Set();

/**
 * Where to kill: after the first line of the start's output that contains `after`, and then
 * up to `withinMs` milliseconds more. Spread over the whole first start: creating the
 * embedded database and migrating it, each course being written, the program, the demo
 * staff, the cohort, the clinic, and the server starting after the seed.
 */
const POINTS = [
  { after: 'Seeding the curriculum', withinMs: 2500 },
  { after: 'Curriculum (8 courses)', withinMs: 1500 },
  { after: 'published Mechanism', withinMs: 1500 },
  { after: 'published Regional safe needling', withinMs: 1500 },
  { after: 'published Practice', withinMs: 400 },
  { after: 'co-authors Safety and Technique', withinMs: 2500 },
  { after: 'Priya Raman', withinMs: 2500 },
  { after: 'Fatima Haddad', withinMs: 2500 },
  { after: 'Ethan Brooks', withinMs: 1500 },
  // Inside the hybrid program's step: labs scheduled, scans, exams, the supervised log.
  { after: 'is part-way through Foundations', withinMs: 2500 },
  { after: 'cohort: 12 of', withinMs: 2000 },
  { after: 'cohort: 36 of', withinMs: 2000 },
  { after: 'learners took the Foundations quizzes', withinMs: 800 },
  { after: 'Front Range Physical Therapy (demo):', withinMs: 1500 },
];

/** mulberry32: the random delays come from CRASH_SEED, so a failing schedule can be rerun. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Starts the API on the folder. `points`: kill it (SIGKILL, its whole process group) at the
 * first of them its output reaches and resolve once it is dead, with `killed` (that point's
 * index in `points`); if it runs before reaching any, or without `points`, resolve with its
 * address once it runs.
 */
function start(dataDir, points = []) {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...withoutDatabaseUrl(process.env),
      NODE_ENV: 'development',
      FASCICLE_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
    },
  });
  alive.add(child);
  child.once('exit', () => alive.delete(child));
  const output = [];
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    let settled = false;
    let killTimer = null;
    let killed = null;
    const timeout = setTimeout(() => {
      fail(new Error(`not running within ${RUN_TIMEOUT_MS / 1000} s`));
    }, RUN_TIMEOUT_MS);
    const done = (value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      resolvePromise(value);
    };
    const fail = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      killGroup(child);
      error.output = output;
      reject(error);
    };
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        output.push(line);
        const reached = killTimer ? -1 : points.findIndex((point) => line.includes(point.after));
        if (reached >= 0) {
          killed = reached;
          killTimer = setTimeout(() => killGroup(child), points[reached].delayMs);
        }
        const running = RUNNING.exec(line);
        if (running && !killTimer) {
          done({ child, url: running[1], output, ms: Date.now() - started, killed: null });
        }
      }
    });
    child.stderr.on('data', (chunk) => output.push(...String(chunk).trimEnd().split('\n')));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killTimer) {
        done({ output, ms: Date.now() - started, killed });
      } else {
        fail(new Error(`the API stopped (exit ${code ?? signal}) before running`));
      }
    });
  });
}

function withoutDatabaseUrl(env) {
  const copy = { ...env };
  delete copy.DATABASE_URL;
  return copy;
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Stops a running API and waits for it to be gone. */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
  killGroup(child);
  await exited;
}

async function figures(dataDir) {
  const sql = await readFile(join(ROOT, 'test/seed/demo-figures.sql'), 'utf8');
  const db = await PGlite.create(join(dataDir, 'pg'));
  try {
    const { rows } = await db.query(sql);
    return Object.fromEntries(rows.map((row) => [row.figure, row.value]));
  } finally {
    await db.close();
  }
}

function differences(actual, expected) {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
  return names
    .filter((name) => actual[name] !== expected[name])
    .map((name) => `  ${name}: expected ${expected[name]}, found ${actual[name]}`);
}

/**
 * One chain: a new folder killed at each point in turn, then started to the end. Resolves
 * whether the folder then holds the figures of an uninterrupted first start.
 */
async function chain(name, points, expected) {
  const folder = await mkdtemp(join(tmpdir(), 'fascicle-crash-'));
  const dataDir = join(folder, 'data');
  const kills = [];
  let last = null;
  try {
    let remaining = points;
    for (;;) {
      const run = await start(dataDir, remaining);
      // The points before the one reached (all of them, if it ran to the end) never came.
      for (const passed of remaining.slice(0, run.killed ?? remaining.length)) {
        console.log(`${name}: passed over "${passed.after}" (done before the last kill)`);
      }
      if (run.killed === null) {
        last = run;
        break;
      }
      const point = remaining[run.killed];
      kills.push(point);
      console.log(
        `${name}: killed ${point.delayMs} ms after "${point.after}" (${(run.ms / 1000).toFixed(1)} s into a start)`,
      );
      remaining = remaining.slice(run.killed + 1);
    }
    const health = await fetch(`${last.url}/health`).then((response) => response.status);
    await stop(last.child);
    if (health !== 200) throw new Error(`/health answered ${health} after the last start`);
    const diff = differences(await figures(dataDir), expected);
    if (diff.length > 0) {
      throw new Error(`the data differ from an uninterrupted first start:\n${diff.join('\n')}`);
    }
    console.log(
      `${name}: killed ${kills.length} times; the last start ran in ${(last.ms / 1000).toFixed(1)} s;` +
        ' all figures as expected',
    );
    if (!process.env.CRASH_KEEP) await rm(folder, { recursive: true, force: true });
    return true;
  } catch (error) {
    const after = kills.map((point) => `${point.delayMs} ms after "${point.after}"`).join('; ');
    console.error(`${name} FAILED (killed ${after || 'nowhere'}; folder kept: ${dataDir})`);
    console.error(`  ${error.message}`);
    const output = error.output ?? last?.output;
    if (output) console.error(`  last lines of output:\n    ${output.slice(-25).join('\n    ')}`);
    return false;
  }
}

async function reference() {
  const folder = await mkdtemp(join(tmpdir(), 'fascicle-reference-'));
  const run = await start(join(folder, 'data'));
  await stop(run.child);
  console.error(`uninterrupted first start: ${(run.ms / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(await figures(join(folder, 'data')), null, 2));
  await rm(folder, { recursive: true, force: true });
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      for (const child of alive) killGroup(child);
      console.error(`stopped by ${signal}`);
      process.exit(1);
    });
  }
  if (!existsSync(MAIN)) {
    console.error(`${MAIN} is missing: build the API first (npm run build:api)`);
    process.exit(1);
  }
  if (process.argv.includes('--reference')) return reference();
  const seed = Number(process.env.CRASH_SEED ?? 15);
  const chains = Number(process.env.CRASH_CHAINS ?? 2);
  const count = Math.min(Number(process.env.CRASH_POINTS ?? POINTS.length), POINTS.length);
  const expected = JSON.parse(await readFile(join(ROOT, 'test/seed/demo-figures.json'), 'utf8'));
  console.log(`${count} kill points dealt to ${chains} chains (CRASH_SEED=${seed})`);
  const started = Date.now();
  const results = await Promise.all(
    Array.from({ length: chains }, (_, index) => {
      // Each chain its own delays: the same seed gives the same schedule again.
      const random = seededRandom(seed + index);
      const points = POINTS.slice(0, count)
        .filter((_, position) => position % chains === index)
        .map((point) => ({ ...point, delayMs: Math.round(random() * point.withinMs) }));
      return chain(`chain ${index + 1}`, points, expected);
    }),
  );
  const failed = results.filter((ok) => !ok).length;
  const took = `${Math.round((Date.now() - started) / 1000)} s`;
  if (failed > 0) {
    console.error(`${failed} of ${chains} chains left the data folder wrong (${took})`);
    process.exit(1);
  }
  console.log(`every chain ended with the complete curriculum and demo data (${took})`);
}

await main();
