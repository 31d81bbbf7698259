import type { Logger } from 'pino';
import { AppConfig, ConfigError } from './config/app-config.js';
import { serverClock } from './config/clock.js';
import { createApp } from './create-app.js';
import type { DatabaseTarget } from './database/data-source-options.js';
import { openEmbeddedPostgres } from './database/embedded-postgres.js';
import { DemoAccounts } from './identity/demo-accounts.js';
import { createRootLogger } from './logging/logger.js';
import { SEEDED_DEMO_ACCOUNTS } from './seed/demo-people.js';
import { seedInputsDigest, seedIsCurrent } from './seed/seed-inputs.js';
import { startTracing } from './tracing/tracing.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = AppConfig.fromEnv();
  const logger = createRootLogger(config);
  let target = await openDatabase(config);
  if (config.seedCurriculum) target = await seedIfChanged(config, logger, target);
  // After the seed: its app instance would stop tracing when it closes.
  await startTracing(config.tracing);
  const app = await createApp({ config, logger, clock: serverClock(config), database: target });
  const demo = config.demoData ? await app.get(DemoAccounts).ensure() : [];
  if (config.seedCurriculum) demo.push(...SEEDED_DEMO_ACCOUNTS);
  await app.listen({ port: config.port, host: config.host });

  // PORT=0 lets the system choose: report the port actually bound.
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  const database = config.usesEmbeddedDatabase
    ? `embedded PostgreSQL in ${config.dataDir}`
    : 'PostgreSQL server from DATABASE_URL';
  logger.info(
    { url, database, startupMs: Math.round(performance.now() - started) },
    'Fascicle API listening',
  );
  // A person reads this, not a log shipper: plain text on stdout.
  const lines = [
    '',
    `Fascicle is running: open ${url} in a browser`,
    `  GraphQL  ${url}/graphql`,
    `  Health   ${url}/health`,
    `  Data     ${database}`,
    `  Ready in ${Math.round(performance.now() - started)} ms`,
  ];
  if (demo.length > 0) {
    lines.push('', 'Demo accounts (development only):');
    for (const account of demo) {
      lines.push(
        `  ${(account.label ?? account.roles.join('+')).padEnd(18)} ${account.email}  /  ${account.password}`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

/**
 * The embedded database is opened once, here, for the check below and the server's app (which
 * closes it when it stops): opening it costs most of a second. A server is reached by URL.
 */
async function openDatabase(config: AppConfig): Promise<DatabaseTarget> {
  if (!config.usesEmbeddedDatabase) {
    return { kind: 'server', url: config.databaseUrl!, poolSize: config.databasePoolSize };
  }
  const pglite = await openEmbeddedPostgres(config.dataDir);
  return { kind: 'embedded', pglite, closeOnShutdown: true };
}

/**
 * Before the server starts, in an app of its own. When the database already holds a complete
 * seed of the same files, nothing is built: a later start asks one question and goes on.
 * Returns the database for the server: after a seed the embedded one is closed and opened
 * again, as WebAssembly memory never shrinks and the seed's queries grew PostgreSQL's.
 */
async function seedIfChanged(
  config: AppConfig,
  logger: Logger,
  database: DatabaseTarget,
): Promise<DatabaseTarget> {
  const options = { demoData: true };
  if (await seedIsCurrent(database, seedInputsDigest(options))) return database;
  process.stdout.write(
    'Seeding the curriculum and the demo data (FASCICLE_SEED_CURRICULUM=false skips it)\n',
  );
  // Loaded only when there is something to seed.
  const { runSeed } = await import('./seed/run-seed.js');
  await runSeed(
    config,
    logger.child({}, { level: 'warn' }),
    { ...options, progress: (line) => process.stdout.write(`${line}\n`) },
    database.kind === 'embedded' ? { ...database, closeOnShutdown: false } : database,
  );
  if (database.kind === 'server') return database;
  await database.pglite.close();
  return openDatabase(config);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Fascicle failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
