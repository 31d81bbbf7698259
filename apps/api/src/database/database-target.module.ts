import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import type { DatabaseTarget } from './data-source-options.js';
import { openEmbeddedPostgres } from './embedded-postgres.js';

export const DATABASE_TARGET = Symbol('DATABASE_TARGET');
const OWNED_PGLITE = Symbol('OWNED_PGLITE');

/**
 * Closes the embedded database this module opened. The data source goes first: Nest does
 * not order shutdown hooks between modules, and PGlite must not close under open queries.
 */
@Injectable()
class EmbeddedPostgresCloser implements OnApplicationShutdown {
  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(OWNED_PGLITE) private readonly owned: PGlite | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.owned) return;
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource.isInitialized) await dataSource.destroy();
    if (!this.owned.closed) await this.owned.close();
  }
}

/**
 * Decides where the data lives: the server in DATABASE_URL, else an embedded PostgreSQL
 * in the data folder. Tests pass a target they prepared and close it themselves; main.ts
 * passes the one it opened for the seed, marked for this app to close.
 */
@Module({})
export class DatabaseTargetModule {
  static forRoot(preparedTarget?: DatabaseTarget): DynamicModule {
    return {
      module: DatabaseTargetModule,
      global: true,
      providers: [
        {
          provide: OWNED_PGLITE,
          inject: [AppConfig],
          useFactory: async (config: AppConfig): Promise<PGlite | null> => {
            if (preparedTarget) {
              return preparedTarget.kind === 'embedded' && preparedTarget.closeOnShutdown
                ? preparedTarget.pglite
                : null;
            }
            return config.usesEmbeddedDatabase ? openEmbeddedPostgres(config.dataDir) : null;
          },
        },
        {
          provide: DATABASE_TARGET,
          inject: [AppConfig, OWNED_PGLITE],
          useFactory: (config: AppConfig, pglite: PGlite | null): DatabaseTarget => {
            if (preparedTarget) return preparedTarget;
            if (pglite) return { kind: 'embedded', pglite };
            return { kind: 'server', url: config.databaseUrl!, poolSize: config.databasePoolSize };
          },
        },
        EmbeddedPostgresCloser,
      ],
      exports: [DATABASE_TARGET],
    };
  }
}
