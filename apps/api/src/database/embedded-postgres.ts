import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MEMORY_DATA_DIR } from '../config/app-config.js';

/**
 * The embedded PostgreSQL (PGlite: real Postgres compiled to WebAssembly). It serves one
 * connection, so the pool in front of it has size 1 and every query inside a transaction
 * must go through that transaction's EntityManager.
 */
export async function openEmbeddedPostgres(dataDir: string, snapshot?: Blob): Promise<PGlite> {
  if (dataDir === MEMORY_DATA_DIR) {
    return PGlite.create({ loadDataDir: snapshot });
  }
  mkdirSync(dataDir, { recursive: true });
  return PGlite.create(join(dataDir, 'pg'), { loadDataDir: snapshot });
}
