import type { PGlite } from '@electric-sql/pglite';
import type { DataSourceOptions, LoggerOptions, Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { pglitePgConfig } from './pglite-pg-connection.js';

export type DatabaseTarget =
  | { kind: 'server'; url: string; poolSize: number }
  | {
      kind: 'embedded';
      pglite: PGlite;
      /** The app closes it when it stops (main.ts opens it once for the seed and the server). */
      closeOnShutdown?: boolean;
    };

/**
 * One set of options for both targets: the same entities and migrations, never
 * `synchronize`. Only the connection differs.
 */
export function dataSourceOptions(
  target: DatabaseTarget,
  logger?: TypeOrmLogger,
): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logger,
    logging: (logger ? ['query', 'error'] : false) as LoggerOptions,
  };
  if (target.kind === 'server') {
    return {
      ...common,
      url: target.url,
      extra: { max: target.poolSize, connectionTimeoutMillis: 10_000 },
    };
  }
  return {
    ...common,
    // A query issued outside the one connection's transaction would wait forever; the
    // timeout turns that mistake into an error.
    extra: { ...pglitePgConfig(target.pglite), max: 1, connectionTimeoutMillis: 10_000 },
  };
}
