import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type DatabaseTarget } from './data-source-options.js';
import { DATABASE_TARGET, DatabaseTargetModule } from './database-target.module.js';
import { runMigrations } from './migrate.js';

/** TypeORM on the chosen target, migrated before anything else uses it. */
@Module({})
export class DatabaseModule {
  static forRoot(preparedTarget?: DatabaseTarget): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DatabaseTargetModule.forRoot(preparedTarget),
        TypeOrmModule.forRootAsync({
          inject: [DATABASE_TARGET],
          useFactory: (target: DatabaseTarget) => dataSourceOptions(target),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            // Only a server is reached through a URL; the embedded database has none.
            const embedded = !(options as { url?: string }).url;
            await runMigrations(dataSource, embedded);
            return dataSource;
          },
        }),
      ],
    };
  }
}
