import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultContentDir } from '@fascicle/curriculum';
import pg from 'pg';
import type { DatabaseTarget } from '../database/data-source-options.js';

/**
 * Raised when the seed makes something new from the same files and the same seed code (a
 * change elsewhere, e.g. in a service it calls), so that databases seeded before it run the
 * seed again at their next start. A change to the seed's own code needs nothing: its files are
 * part of the digest.
 */
const SEED_FORMAT = 1;

/** This folder: the seed's own code, as built (or as the tests load it). */
const SEED_CODE_DIR = dirname(fileURLToPath(import.meta.url));

/** The seed_records key of the inputs the last complete seed ran on. */
export const SEED_INPUTS_KEY = 'seed:inputs';

export interface SeedInputs {
  demoData: boolean;
  authorEmail?: string;
  publisherEmail?: string;
  contentDir?: string;
}

/**
 * What a seed run depends on, as one digest: every file of the curriculum folder and of the
 * seed's code (bytes, not parsed: reading them is milliseconds, parsing them most of a second)
 * and the options. Two
 * runs on the same digest make the same thing, so a start whose digest is the one recorded
 * by the last complete run has nothing to seed and need not build the seed's app at all.
 */
export function seedInputsDigest(inputs: SeedInputs): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify([
      SEED_FORMAT,
      inputs.demoData,
      inputs.authorEmail ?? null,
      inputs.publisherEmail ?? null,
    ]),
  );
  for (const root of [inputs.contentDir ?? defaultContentDir(), SEED_CODE_DIR]) {
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      const bytes = readFileSync(file);
      hash.update(`\u0000${file.slice(root.length)}\u0000${bytes.length}\u0000`);
      hash.update(bytes);
    }
  }
  return hash.digest('hex');
}

/**
 * Whether the database holds a complete seed of these inputs. Asked before any app is built:
 * of the embedded database directly, of a server with one short connection. Anything but a
 * yes (no seed_records table yet, a server still starting) answers no, and the seed's app
 * runs as it always did: it waits for a server that is not up yet, and reports real errors.
 */
export async function seedIsCurrent(target: DatabaseTarget, digest: string): Promise<boolean> {
  const sql = `SELECT value FROM seed_records WHERE key = $1`;
  try {
    if (target.kind === 'embedded') {
      const { rows } = await target.pglite.query<{ value: string }>(sql, [SEED_INPUTS_KEY]);
      return rows[0]?.value === digest;
    }
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      const { rows } = await client.query<{ value: string }>(sql, [SEED_INPUTS_KEY]);
      return rows[0]?.value === digest;
    } finally {
      await client.end();
    }
  } catch {
    return false;
  }
}
