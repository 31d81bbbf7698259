import type { DataSource } from 'typeorm';

/** Any constant: the key of the advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Runs pending migrations. On a server several replicas may start at once, so they take
 * turns behind an advisory lock. The embedded database is one process with one
 * connection: a lock held on that connection would block the migrations themselves.
 */
export async function runMigrations(dataSource: DataSource, embedded: boolean): Promise<string[]> {
  if (embedded) return names(await dataSource.runMigrations({ transaction: 'each' }));
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return names(await dataSource.runMigrations({ transaction: 'each' }));
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    await lockRunner.release();
  }
}

function names(migrations: { name: string }[]): string[] {
  return migrations.map((migration) => migration.name);
}
