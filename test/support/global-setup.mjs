// Plain JavaScript on purpose: Jest loads global setup through CommonJS require, outside
// the ESM pipeline that maps `.js` imports to TypeScript. The first test file to need a
// database builds the migrated template (see database.ts); this only gives the run a folder.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function globalSetup() {
  process.env.FASCICLE_TEST_RUN_DIR = await mkdtemp(join(tmpdir(), 'fascicle-test-'));
  const target = process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'embedded PostgreSQL';
  process.stdout.write(`\n[test] databases: ${target}\n`);
}
