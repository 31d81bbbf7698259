import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MEMORY_DATA_DIR } from '../config/app-config.js';

/**
 * PostgreSQL's buffer cache, inside PGlite's WebAssembly memory. initdb's default, 128 MB, is
 * set up whole when PostgreSQL starts, so all of it was resident from the first second (and a
 * WebAssembly memory never shrinks); the demo database is about 60 MB on disk, and the
 * operating system caches its files anyway. With 16 MB (as the tests have it) an idle server
 * held 338 MB instead of 476, and the seed took the same CPU time (bench/README.md).
 */
const SHARED_BUFFERS = '16MB';

/** PGlite's start parameters with that buffer cache: the server's, and the tests' databases. */
export const EMBEDDED_START_PARAMS = [
  ...PGlite.defaultStartParams,
  '-c',
  `shared_buffers=${SHARED_BUFFERS}`,
];

/**
 * The embedded PostgreSQL (PGlite: real Postgres compiled to WebAssembly). It serves one
 * connection, so the pool in front of it has size 1 and every query inside a transaction
 * must go through that transaction's EntityManager.
 */
export async function openEmbeddedPostgres(dataDir: string, snapshot?: Blob): Promise<PGlite> {
  const options = {
    loadDataDir: snapshot,
    startParams: EMBEDDED_START_PARAMS,
  };
  if (dataDir === MEMORY_DATA_DIR) return PGlite.create(options);
  mkdirSync(dataDir, { recursive: true });
  return PGlite.create(join(dataDir, 'pg'), options);
}
