// Drops what the run created: the template database on a server, and the run folder.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

export default async function globalTeardown() {
  const dir = process.env.FASCICLE_TEST_RUN_DIR;
  if (!dir) return;
  try {
    const template = JSON.parse(await readFile(join(dir, 'template.json'), 'utf8'));
    if (template.kind === 'server') {
      const client = new pg.Client({ connectionString: template.serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${template.templateName}" WITH (FORCE)`);
      await client.end();
    }
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
