import { AppConfig, ConfigError } from './config/app-config.js';
import { serverClock } from './config/clock.js';
import { createApp } from './create-app.js';
import { DemoAccounts } from './identity/demo-accounts.js';
import { createRootLogger } from './logging/logger.js';
import { SEEDED_DEMO_ACCOUNTS } from './seed/demo-people.js';
import { runSeed } from './seed/run-seed.js';
import { startTracing } from './tracing/tracing.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = AppConfig.fromEnv();
  const logger = createRootLogger(config);
  if (config.seedCurriculum) {
    // Before the server starts, in an instance of its own: a no-op when nothing changed.
    process.stdout.write(
      'Seeding the curriculum and the demo data (FASCICLE_SEED_CURRICULUM=false skips it)\n',
    );
    await runSeed(config, logger.child({}, { level: 'warn' }), {
      demoData: true,
      progress: (line) => process.stdout.write(`${line}\n`),
    });
  }
  // After the seed: its app instance would stop tracing when it closes.
  await startTracing(config.tracing);
  const app = await createApp({ config, logger, clock: serverClock(config) });
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

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Fascicle failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
