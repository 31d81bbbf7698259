import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  type DatabaseTarget,
} from '../../apps/api/src/database/data-source-options.js';
import { EMBEDDED_START_PARAMS } from '../../apps/api/src/database/embedded-postgres.js';
import { runMigrations } from '../../apps/api/src/database/migrate.js';

/**
 * Where the test databases come from. Without TEST_DATABASE_URL: the embedded PostgreSQL,
 * migrated once and snapshotted (`dumpDataDir`), each test file loading the snapshot. With
 * it: a server, where a migrated template database is copied for each test file
 * (`CREATE DATABASE ... TEMPLATE`), so files can run in parallel.
 */
export type Template =
  | { kind: 'embedded'; snapshotFile: string }
  | { kind: 'server'; serverUrl: string; templateName: string };

export interface TestDatabase {
  target: DatabaseTarget;
  dispose(): Promise<void>;
}

/**
 * The run's template, built by whichever test worker asks first. `mkdir` is atomic, so
 * exactly one worker wins the lock and migrates; the others wait for its template.json.
 */
async function template(): Promise<Template> {
  const dir = process.env['FASCICLE_TEST_RUN_DIR'];
  if (!dir) throw new Error('FASCICLE_TEST_RUN_DIR is not set: run the tests with `npm test`');
  const done = join(dir, 'template.json');
  const failed = join(dir, 'template-error.txt');
  try {
    await mkdir(join(dir, 'lock'));
  } catch {
    for (let waited = 0; waited < 180_000; waited += 100) {
      const ready = await readFile(done, 'utf8').catch(() => null);
      if (ready) return JSON.parse(ready) as Template;
      const error = await readFile(failed, 'utf8').catch(() => null);
      if (error) throw new Error(`template database failed in another worker: ${error}`);
      await sleep(100);
    }
    throw new Error('timed out waiting for the template database');
  }
  try {
    const built = await buildTemplate(dir);
    await writeFile(done, JSON.stringify(built));
    return built;
  } catch (error) {
    await writeFile(failed, String((error as Error).stack ?? error));
    throw error;
  }
}

async function buildTemplate(dir: string): Promise<Template> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    // The API's buffer pool, 16 MB: PGlite's own 128 MB, set up whole at start, was half of
    // each test database's start (about 1.0 s against 0.45 s).
    const pglite = await PGlite.create({ startParams: EMBEDDED_START_PARAMS });
    await migrate({ kind: 'embedded', pglite });
    const snapshot = await pglite.dumpDataDir('none');
    await pglite.close();
    const snapshotFile = join(dir, 'template.tar');
    await writeFile(snapshotFile, Buffer.from(await snapshot.arrayBuffer()));
    return { kind: 'embedded', snapshotFile };
  }
  const templateName = `fascicle_template_${uniqueSuffix()}`;
  await admin(serverUrl, `CREATE DATABASE "${templateName}"`);
  await migrate({ kind: 'server', url: withDatabase(serverUrl, templateName), poolSize: 2 });
  return { kind: 'server', serverUrl, templateName };
}

/** A database of this test file's own, already migrated. */
export async function freshDatabase(): Promise<TestDatabase> {
  const source = await templateOnce();
  if (source.kind === 'embedded') {
    const pglite = await PGlite.create({
      loadDataDir: await snapshotOnce(source.snapshotFile),
      startParams: EMBEDDED_START_PARAMS,
    });
    return { target: { kind: 'embedded', pglite }, dispose: () => pglite.close() };
  }
  const name = `fascicle_test_${uniqueSuffix()}`;
  await admin(source.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${source.templateName}"`);
  return {
    target: { kind: 'server', url: withDatabase(source.serverUrl, name), poolSize: 5 },
    dispose: () => admin(source.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * The migrated snapshot, read once per test file, as PGlite reads it: through
 * `arrayBuffer()` (all it calls). A real Blob of the 40 MB tar took another 0.3–0.5 s per
 * database in Node 20, copying it chunk by chunk.
 */
let snapshot: Promise<Blob> | null = null;
function snapshotOnce(file: string): Promise<Blob> {
  snapshot ??= readFile(file).then((bytes) => {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    // PGlite copies what it is given into its own file system, so one buffer serves all.
    return { type: '', arrayBuffer: async () => buffer } as Blob;
  });
  return snapshot;
}

let pending: Promise<Template> | null = null;
function templateOnce(): Promise<Template> {
  pending ??= template();
  return pending;
}

async function migrate(target: DatabaseTarget): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(target)).initialize();
  try {
    await runMigrations(dataSource, target.kind === 'embedded');
  } finally {
    await dataSource.destroy();
  }
}

/** Runs one statement on the server's maintenance connection (CREATE or DROP DATABASE). */
export async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The server URL naming another database on the same server. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function uniqueSuffix(): string {
  return randomBytes(6).toString('hex');
}
