import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { DomainError } from './common/errors/domain-error.js';
import { AppConfig, ConfigError } from './config/app-config.js';
import { createAdmin } from './cli/create-admin.js';
import { verifyCredentialFile } from './cli/verify-credential.js';
import { generateMigration } from './cli/generate-migration.js';
import { purgeRetained } from './cli/purge-retained.js';
import { withDataSource } from './cli/with-data-source.js';
import { createApp } from './create-app.js';
import { runMigrations } from './database/migrate.js';
import { runSeed } from './seed/run-seed.js';
import { createRootLogger } from './logging/logger.js';

const HELP = `Fascicle API commands (npm run <command> from the project root):
  migration:run                 apply pending migrations
  migration:revert              undo the last migration
  migration:generate -- <Name>  write a migration for the difference between entities and schema
  admin:create -- --email <e> --name <n> [--profession EDUCATOR]
                                create an ADMIN account; password from FASCICLE_ADMIN_PASSWORD
                                or typed at the prompt
  seed [-- --author <e> --publisher <e>]
                                publish the curriculum in libs/curriculum/content (a new
                                version of each course whose files changed) and, outside
                                production, the demo people and clinic; safe to run again
  schema                        write apps/api/schema.gql from the code
  retention:purge               delete the certificates of deleted accounts whose retention
                                has ended (docs/privacy.md); run it daily
  credential:verify -- <credential.jwt> --jwks <jwks.json> [--status <status.jwt>]
                                verify a signed credential offline (no network, no database)
The database is the one the API would use: DATABASE_URL, else the embedded one in
FASCICLE_DATA_DIR (default ./.data).`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  // Offline verification needs no configuration: it must work on any machine.
  if (command === 'credential:verify') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { jwks: { type: 'string' }, status: { type: 'string' } },
    });
    return verifyCredentialFile(positionals[0], values, say);
  }
  const config = AppConfig.fromEnv();
  switch (command) {
    case 'migration:run':
      return withDataSource(config, async (dataSource, embedded) => {
        const applied = await runMigrations(dataSource, embedded);
        say(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
      });
    case 'migration:revert':
      return withDataSource(config, async (dataSource: DataSource) => {
        await dataSource.undoLastMigration({ transaction: 'each' });
        say('reverted the last migration');
      });
    case 'migration:generate':
      return generateMigration(rest[0], say);
    case 'admin:create': {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          profession: { type: 'string', default: 'EDUCATOR' },
        },
      });
      return createAdmin(config, values, say);
    }
    case 'seed': {
      const { values } = parseArgs({
        args: rest,
        options: { author: { type: 'string' }, publisher: { type: 'string' } },
      });
      const logger = createRootLogger(config).child({}, { level: 'warn' });
      const outcome = await runSeed(config, logger, {
        demoData: config.demoData,
        authorEmail: values.author,
        publisherEmail: values.publisher,
        progress: say,
      });
      const changed = outcome.curriculum.courses.filter((c) => c.outcome !== 'UNCHANGED');
      return say(
        changed.length || outcome.demoDataCreated ? 'seed done' : 'seed done: nothing changed',
      );
    }
    case 'schema':
      return emitSchema();
    case 'retention:purge':
      return purgeRetained(config, say);
    default:
      say(HELP);
      if (command && command !== 'help') process.exitCode = 1;
  }
}

/** Builds the app on a throwaway in-memory database and prints its schema, sorted. */
async function emitSchema(): Promise<void> {
  const config = AppConfig.fromEnv({
    ...process.env,
    FASCICLE_DATA_DIR: 'memory://',
    DATABASE_URL: '',
  });
  const app = await createApp({ config, logger: createRootLogger({ logLevel: 'warn' }) });
  try {
    const schema = app.get(GraphQLSchemaHost).schema;
    const file = fileURLToPath(new URL('../schema.gql', import.meta.url));
    await writeFile(file, `${printSchema(lexicographicSortSchema(schema))}\n`);
    say(`wrote ${file}`);
  } finally {
    await app.close();
  }
}

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Expected failures (bad configuration, bad input) read as one sentence, not a stack.
  const expected = error instanceof ConfigError || error instanceof DomainError;
  const text = expected ? (error as Error).message : ((error as Error).stack ?? String(error));
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
