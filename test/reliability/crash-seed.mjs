#!/usr/bin/env node
// The first start, killed (SIGKILL) at many points and started again each time.
//
// For each kill point: `node apps/api/dist/main.js` on a new data folder, killed with its
// process group when the point comes (a line of the seed's progress, then a few random
// milliseconds, so kills land inside steps as well as between them), then started again on
// the same folder until it prints "Fascicle is running" and /health answers. The folder
// must then hold exactly what an uninterrupted first start makes: the figures of
// test/seed/demo-figures.sql equal to test/seed/demo-figures.json (four courses published
// once, one program, the clinic with its administrator and 12 staff, the same attempts,
// passes, certificates and seat time, nothing twice).
//
// Needs the built API (npm run test:crash builds it). Not part of npm test: it takes
// minutes. Environment: CRASH_SEED (the random delays; printed), CRASH_PARALLEL (folders
// seeded at once, 2 by default), CRASH_POINTS (how many of the points below, all by
// default), CRASH_KEEP=1 keeps the data folders. `--reference` only runs one uninterrupted
// first start and prints its figures as JSON (to update demo-figures.json).
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
  { after: 'Curriculum (4 courses)', withinMs: 1500 },
  { after: 'published Mechanism', withinMs: 1500 },
  { after: 'published Technique', withinMs: 400 },
  { after: 'co-authors Safety and Technique', withinMs: 2500 },
  { after: 'Priya Raman', withinMs: 2500 },
  { after: 'Fatima Haddad', withinMs: 2500 },
  { after: 'Ethan Brooks', withinMs: 1500 },
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
 * Starts the API on the folder. `killAt`: kill it (SIGKILL, its whole process group) at that
 * point and resolve once it is dead; otherwise resolve with its address once it runs.
 */
function start(dataDir, killAt) {
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
    const timeout = setTimeout(() => {
      const awaited = killAt ? `"${killAt.after}"` : '"Fascicle is running"';
      fail(new Error(`no ${awaited} within ${RUN_TIMEOUT_MS / 1000} s`));
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
        if (killAt && !killTimer && line.includes(killAt.after)) {
          killTimer = setTimeout(() => {
            killAt.atMs = Date.now() - started;
            killGroup(child);
          }, killAt.delayMs);
        }
        const running = RUNNING.exec(line);
        if (running && !killAt) {
          done({ child, url: running[1], output, ms: Date.now() - started });
        }
      }
    });
    child.stderr.on('data', (chunk) => output.push(...String(chunk).trimEnd().split('\n')));
    child.on('exit', (code, signal) => {
      if (killAt && signal === 'SIGKILL' && killTimer) {
        done({ output, ms: Date.now() - started });
      } else {
        fail(
          new Error(
            `the API stopped (exit ${code ?? signal}) before ${killAt ? 'the kill' : 'running'}`,
          ),
        );
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

/** One point: a first start killed there, then a start that must finish the job. */
async function trial(point, index, total, expected) {
  const folder = await mkdtemp(join(tmpdir(), 'fascicle-crash-'));
  const dataDir = join(folder, 'data');
  const label = `point ${index + 1}/${total}`;
  try {
    const killed = await start(dataDir, point);
    const restarted = await start(dataDir, null);
    const health = await fetch(`${restarted.url}/health`).then((response) => response.status);
    await stop(restarted.child);
    if (health !== 200) throw new Error(`/health answered ${health} after the restart`);
    const diff = differences(await figures(dataDir), expected);
    if (diff.length > 0) {
      const error = new Error(
        `the data differ from an uninterrupted first start:\n${diff.join('\n')}`,
      );
      error.output = restarted.output;
      throw error;
    }
    console.log(
      `${label}: killed ${point.delayMs} ms after "${point.after}" (${(killed.ms / 1000).toFixed(1)} s in);` +
        ` the restart ran in ${(restarted.ms / 1000).toFixed(1)} s; all figures as expected`,
    );
    if (!process.env.CRASH_KEEP) await rm(folder, { recursive: true, force: true });
    return true;
  } catch (error) {
    console.error(
      `${label} FAILED (killed ${point.delayMs} ms after "${point.after}"; folder kept: ${dataDir})`,
    );
    console.error(`  ${error.message}`);
    if (error.output)
      console.error(`  last lines of output:\n    ${error.output.slice(-25).join('\n    ')}`);
    return false;
  }
}

async function reference() {
  const folder = await mkdtemp(join(tmpdir(), 'fascicle-reference-'));
  const run = await start(join(folder, 'data'), null);
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
  const parallel = Number(process.env.CRASH_PARALLEL ?? 2);
  const count = Math.min(Number(process.env.CRASH_POINTS ?? POINTS.length), POINTS.length);
  const random = seededRandom(seed);
  const points = POINTS.slice(0, count).map((point) => ({
    ...point,
    delayMs: Math.round(random() * point.withinMs),
  }));
  const expected = JSON.parse(await readFile(join(ROOT, 'test/seed/demo-figures.json'), 'utf8'));
  console.log(`${points.length} kill points, ${parallel} at a time (CRASH_SEED=${seed})`);
  const started = Date.now();
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < points.length) {
        const index = next++;
        results[index] = await trial(points[index], index, points.length, expected);
      }
    }),
  );
  const failed = results.filter((ok) => !ok).length;
  const took = `${Math.round((Date.now() - started) / 1000)} s`;
  if (failed > 0) {
    console.error(`${failed} of ${points.length} kill points left the data folder wrong (${took})`);
    process.exit(1);
  }
  console.log(`every kill point ended with the complete curriculum and demo data (${took})`);
}

await main();
