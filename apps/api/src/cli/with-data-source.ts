import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions, type DatabaseTarget } from '../database/data-source-options.js';
import { openEmbeddedPostgres } from '../database/embedded-postgres.js';

/**
 * Opens the database the API would use, for a command that works on it directly. The API
 * must not be running on the same embedded data folder at the same time.
 */
export async function withDataSource<T>(
  config: AppConfig,
  work: (dataSource: DataSource, embedded: boolean) => Promise<T>,
): Promise<T> {
  const pglite = config.usesEmbeddedDatabase ? await openEmbeddedPostgres(config.dataDir) : null;
  const target: DatabaseTarget = pglite
    ? { kind: 'embedded', pglite }
    : { kind: 'server', url: config.databaseUrl!, poolSize: 2 };
  const dataSource = await new DataSource(dataSourceOptions(target)).initialize();
  try {
    return await work(dataSource, pglite !== null);
  } finally {
    await dataSource.destroy();
    await pglite?.close();
  }
}
