import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { AppConfig } from '../../apps/api/src/config/app-config.js';
import { ManualClock } from '../../apps/api/src/config/clock.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { createRootLogger } from '../../apps/api/src/logging/logger.js';
import type { MailSink } from '../../apps/api/src/mail/mailer.js';
import type { DatabaseTarget } from '../../apps/api/src/database/data-source-options.js';
import { freshDatabase } from './database.js';
import { GraphQLClient } from './graphql-client.js';

/** A throwaway Ed25519 key for test apps; it signs nothing outside the tests. */
export const TEST_SIGNING_KEY =
  '{"crv":"Ed25519","d":"L8YPIwj0OO1hRL-RV_sfnU3jqwEz4B8LU7ql9DMB4Yo","x":"s9_40ApFEReIODuDe__zQSVFHqb3CU4isvV4JvcU6j8","kty":"OKP"}';

/** A test app in production mode: the embedded database and mail outbox allowed explicitly. */
export const PRODUCTION_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  FASCICLE_DEMO_DATA: 'false',
  FASCICLE_ALLOW_EMBEDDED_DATABASE: 'true',
  FASCICLE_ALLOW_MAIL_OUTBOX: 'true',
};

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  clock: ManualClock;
  /** An anonymous client; `.as(token)` gives one that sends a Bearer token. */
  client: GraphQLClient;
  close(): Promise<void>;
}

/**
 * The real API, listening on 127.0.0.1 on a port of the system's choosing, over a fresh
 * migrated database of this test file's own, with a clock the test moves.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    mailSink?: MailSink;
    logDestination?: DestinationStream;
    /** Modules of the test's own, e.g. a listener recording domain events. */
    imports?: ModuleMetadata['imports'];
    /**
     * Where the data lives, when not in a fresh database of the file's own: a target the
     * test prepared (and closes), or `config` for the app's own choice from the environment
     * (FASCICLE_DATA_DIR or DATABASE_URL), as `npm start` makes it.
     */
    database?: DatabaseTarget | 'config';
  } = {},
): Promise<TestApp> {
  const database: { target?: DatabaseTarget; dispose(): Promise<void> } =
    options.database === undefined
      ? await freshDatabase()
      : {
          target: options.database === 'config' ? undefined : options.database,
          dispose: async () => {},
        };
  const config = AppConfig.fromEnv({
    NODE_ENV: 'test',
    FASCICLE_DATA_DIR: 'memory://',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    CREDENTIAL_SIGNING_KEY: TEST_SIGNING_KEY,
    // Factories sign up every account from 127.0.0.1; tests of the limit set their own.
    REGISTER_RATE_LIMIT_PER_HOUR: '1000000',
    // Each file's requests come from one address on a clock that stands still.
    GRAPHQL_COST_PER_MINUTE: '100000000',
    ...env,
  });
  const clock = new ManualClock(new Date());
  const app = await createApp({
    config,
    logger: createRootLogger(config, options.logDestination),
    clock,
    database: database.target,
    mailSink: options.mailSink,
    imports: options.imports,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('test app is not listening');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    clock,
    client: new GraphQLClient(url),
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
