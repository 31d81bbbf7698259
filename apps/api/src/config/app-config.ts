import { createHmac, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { readOrCreateFile } from '../common/files/create-once.js';
import { Environment, type LogFormat, type NodeEnv } from './environment.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** In-memory embedded database: nothing is written to disk (tests, schema emission). */
export const MEMORY_DATA_DIR = 'memory://';

/** Where OpenTelemetry spans go (OTLP over HTTP, JSON) and the service they are from. */
/** Where lesson media go when S3_BUCKET is set; otherwise FASCICLE_DATA_DIR/media. */
export interface S3Config {
  bucket: string;
  region: string;
  endpoint: string | null;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  forcePathStyle: boolean;
}

/** Upload limits for lesson media, in bytes. */
export interface MediaLimits {
  imageBytes: number;
  videoBytes: number;
}

export interface TracingConfig {
  url: string;
  serviceName: string;
}

/**
 * The one validated configuration of the API. Built once from the environment at start-up;
 * anything wrong stops start-up with a message that names the variable.
 */
export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | null;
  readonly databasePoolSize: number;
  readonly dataDir: string;
  readonly jwtSecret: string;
  /** HMAC key of live sessions' check-in codes (at least 32 bytes). */
  readonly checkInSecret: Uint8Array;
  readonly jwtIssuer: string;
  readonly jwtAudience: string;
  readonly accessTokenTtlSeconds = 15 * 60;
  readonly refreshTokenTtlDays: number;
  readonly logLevel: string;
  /** One readable line per record for a terminal (development), or JSON for log shippers. */
  readonly logFormat: LogFormat;
  readonly trustProxy: boolean;
  readonly demoData: boolean;
  /** With demo data: publish the seeded curriculum and the demo clinic at start. */
  readonly seedCurriculum: boolean;
  readonly loginMaxFailuresPerAccount: number;
  readonly loginMaxFailuresPerAddress: number;
  readonly loginFailureWindowSeconds = 15 * 60;
  readonly publicUrl: string;
  readonly providerName: string;
  readonly providerSigner: string;
  /** A private Ed25519 JWK as JSON, or null to use (or make) the data folder's key. */
  readonly credentialSigningKey: string | null;
  readonly verifyRateLimitPerMinute: number;
  readonly registerRateLimitPerHour: number;
  readonly passwordResetRateLimitPerHour: number;
  readonly graphqlCostPerMinute: number;
  /** Redis for the per-address rate limits; null keeps them in this process. */
  readonly redisUrl: string | null;
  readonly redisKeyPrefix: string;
  readonly reminderIntervalMinutes: number;
  /** How often this process polls the job queue; 0: it runs only the jobs it queues itself. */
  readonly jobPollIntervalSeconds: number;
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly graphqlMaxDepth: number;
  readonly graphqlMaxCost: number;
  readonly graphqlMaxTokens: number;
  readonly graphqlMaxAliases: number;
  readonly graphqlMaxRootFields: number;
  readonly graphqlMaxDirectives: number;
  /** The bearer token GET /metrics requires; null turns /metrics off. */
  readonly metricsToken: string | null;
  /** Tests only: the file OffsetClock reads its advances from; null for the system clock. */
  readonly clockOffsetFile: string | null;
  /** OpenTelemetry traces, when a collector is configured; null: nothing is traced. */
  readonly tracing: TracingConfig | null;
  /** Lesson media in S3 (or compatible); null keeps them in the data folder. */
  readonly s3: S3Config | null;
  readonly mediaLimits: MediaLimits;

  constructor(env: Environment, dataDirSecret: (dataDir: string) => string = developmentSecret) {
    this.nodeEnv = env.NODE_ENV ?? 'development';
    this.port = env.PORT ?? 3000;
    this.host = env.HOST ?? '127.0.0.1';
    this.databaseUrl = env.DATABASE_URL ?? null;
    this.databasePoolSize = env.DATABASE_POOL_SIZE ?? 10;
    this.dataDir =
      env.FASCICLE_DATA_DIR === MEMORY_DATA_DIR
        ? MEMORY_DATA_DIR
        : resolve(env.FASCICLE_DATA_DIR ?? '.data');
    this.jwtIssuer = env.JWT_ISSUER ?? 'fascicle';
    this.jwtAudience = env.JWT_AUDIENCE ?? 'fascicle-api';
    this.refreshTokenTtlDays = env.REFRESH_TOKEN_TTL_DAYS ?? 30;
    this.logLevel = env.LOG_LEVEL ?? (this.nodeEnv === 'test' ? 'silent' : 'info');
    this.logFormat = env.LOG_FORMAT ?? (this.nodeEnv === 'development' ? 'pretty' : 'json');
    this.trustProxy = env.TRUST_PROXY ?? false;
    this.demoData = env.FASCICLE_DEMO_DATA ?? this.nodeEnv !== 'production';
    this.seedCurriculum =
      this.demoData && (env.FASCICLE_SEED_CURRICULUM ?? this.nodeEnv !== 'test');
    this.loginMaxFailuresPerAccount = env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5;
    this.loginMaxFailuresPerAddress = env.LOGIN_MAX_FAILURES_PER_ADDRESS ?? 50;
    this.publicUrl = (env.PUBLIC_URL ?? `http://${this.host}:${this.port}`).replace(/\/+$/, '');
    this.providerName = env.PROVIDER_NAME ?? 'Fascicle Continuing Education';
    this.providerSigner = env.PROVIDER_SIGNER ?? 'Avery Admin, PT, DPT — Education Director';
    this.credentialSigningKey = env.CREDENTIAL_SIGNING_KEY ?? null;
    this.verifyRateLimitPerMinute = env.VERIFY_RATE_LIMIT_PER_MINUTE ?? 60;
    this.registerRateLimitPerHour = env.REGISTER_RATE_LIMIT_PER_HOUR ?? 30;
    this.passwordResetRateLimitPerHour = env.PASSWORD_RESET_RATE_LIMIT_PER_HOUR ?? 10;
    this.graphqlCostPerMinute = env.GRAPHQL_COST_PER_MINUTE ?? 100_000;
    this.redisUrl = env.REDIS_URL ?? null;
    this.redisKeyPrefix = env.REDIS_KEY_PREFIX ?? 'fascicle:';
    this.reminderIntervalMinutes =
      env.REMINDER_INTERVAL_MINUTES ?? (this.nodeEnv === 'test' ? 0 : 60);
    this.jobPollIntervalSeconds =
      env.JOB_POLL_INTERVAL_SECONDS ?? (this.nodeEnv === 'test' ? 0 : 5);
    this.smtpUrl = env.SMTP_URL ?? null;
    this.mailFrom = env.MAIL_FROM ?? 'Fascicle <no-reply@fascicle.test>';
    this.graphqlMaxDepth = env.GRAPHQL_MAX_DEPTH ?? 12;
    this.graphqlMaxCost = env.GRAPHQL_MAX_COST ?? 5000;
    this.graphqlMaxTokens = env.GRAPHQL_MAX_TOKENS ?? 2000;
    this.graphqlMaxAliases = env.GRAPHQL_MAX_ALIASES ?? 15;
    this.graphqlMaxRootFields = env.GRAPHQL_MAX_ROOT_FIELDS ?? 10;
    this.graphqlMaxDirectives = env.GRAPHQL_MAX_DIRECTIVES ?? 10;
    this.metricsToken = env.METRICS_TOKEN ?? null;
    this.tracing =
      env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT
        ? {
            url:
              env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
              `${env.OTEL_EXPORTER_OTLP_ENDPOINT!.replace(/\/+$/, '')}/v1/traces`,
            serviceName: env.OTEL_SERVICE_NAME ?? 'fascicle-api',
          }
        : null;
    this.s3 = env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          region: env.S3_REGION ?? 'us-east-1',
          endpoint: env.S3_ENDPOINT ?? null,
          accessKeyId: env.S3_ACCESS_KEY_ID ?? null,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? null,
          forcePathStyle: env.S3_FORCE_PATH_STYLE ?? false,
        }
      : null;
    this.mediaLimits = {
      imageBytes: env.MEDIA_MAX_IMAGE_BYTES ?? 10 * 1024 * 1024,
      videoBytes: env.MEDIA_MAX_VIDEO_BYTES ?? 100 * 1024 * 1024,
    };
    this.clockOffsetFile = env.FASCICLE_CLOCK_OFFSET_FILE
      ? resolve(env.FASCICLE_CLOCK_OFFSET_FILE)
      : null;
    this.jwtSecret = env.JWT_SECRET ?? dataDirSecret(this.dataDir);
    this.checkInSecret = env.CHECK_IN_SECRET
      ? Buffer.from(env.CHECK_IN_SECRET, 'utf8')
      : derivedCheckInSecret(this.jwtSecret);
    if (this.isProduction && this.demoData) {
      throw new ConfigError(['FASCICLE_DEMO_DATA cannot be true when NODE_ENV=production']);
    }
    if (this.isProduction && this.clockOffsetFile !== null) {
      // A file that moves the clock would move token expiry and certificate dates with it.
      throw new ConfigError(['FASCICLE_CLOCK_OFFSET_FILE cannot be set when NODE_ENV=production']);
    }
    if (this.isProduction) assertProductionServices(env);
    assertS3Settings(env);
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  get isDevelopment(): boolean {
    return this.nodeEnv === 'development';
  }

  get usesEmbeddedDatabase(): boolean {
    return this.databaseUrl === null;
  }

  /** Reads and validates the environment; throws ConfigError naming every bad variable. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
    // An empty variable (`DATABASE_URL= npm start`) means "not set", as in most tools.
    const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
    const parsed = plainToInstance(Environment, present);
    const errors = validateSync(parsed, { forbidUnknownValues: false });
    if (errors.length > 0) throw new ConfigError(errors.flatMap(describe));
    return new AppConfig(parsed);
  }
}

function describe(error: ValidationError): string[] {
  const value = error.value === undefined ? 'missing' : `got ${JSON.stringify(error.value)}`;
  const redacted = /SECRET|KEY|TOKEN/.test(error.property) ? 'value hidden' : value;
  return Object.values(error.constraints ?? {}).map((message) => `${message} (${redacted})`);
}

/**
 * Production must not fall back, unnoticed, to what suits a laptop: a database file inside the
 * container and mail that nobody receives. Each fallback needs its own explicit opt-in, since
 * one machine on the embedded database may still need real mail.
 */
function assertProductionServices(env: Environment): void {
  const problems: string[] = [];
  if (env.DATABASE_URL === undefined && env.FASCICLE_ALLOW_EMBEDDED_DATABASE !== true) {
    problems.push(
      'DATABASE_URL is required when NODE_ENV=production (a postgres:// URL); to run on the embedded database in FASCICLE_DATA_DIR instead, set FASCICLE_ALLOW_EMBEDDED_DATABASE=true',
    );
  }
  if (env.SMTP_URL === undefined && env.FASCICLE_ALLOW_MAIL_OUTBOX !== true) {
    problems.push(
      'SMTP_URL is required when NODE_ENV=production (an smtp:// or smtps:// URL); to write mail to the outbox folder of FASCICLE_DATA_DIR instead, set FASCICLE_ALLOW_MAIL_OUTBOX=true',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

/** S3 settings without a bucket, or half a key pair, are a mistake better named at start. */
function assertS3Settings(env: Environment): void {
  const problems: string[] = [];
  const others = (
    ['S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
  ).filter((name) => env[name] !== undefined);
  if (env.S3_BUCKET === undefined && others.length > 0) {
    problems.push(`S3_BUCKET is required when ${others.join(', ')} is set`);
  }
  if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
    problems.push(
      "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK's default credentials",
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

/**
 * Without CHECK_IN_SECRET, a key of its own derived from the JWT secret: stable for the
 * deployment (every replica and restart makes the same codes), 32 bytes, and a leaked
 * check-in key reveals nothing of the token key.
 */
function derivedCheckInSecret(jwtSecret: string): Uint8Array {
  return createHmac('sha256', jwtSecret).update('fascicle live-session check-in codes').digest();
}

/**
 * Outside production a missing JWT_SECRET is replaced by a random one kept in the data
 * folder, so tokens survive a restart without anyone committing a secret.
 */
function developmentSecret(dataDir: string): string {
  if (dataDir === MEMORY_DATA_DIR) return randomBytes(32).toString('base64url');
  return readOrCreateFile(join(dataDir, 'jwt-secret'), () =>
    randomBytes(32).toString('base64url'),
  ).trim();
}
