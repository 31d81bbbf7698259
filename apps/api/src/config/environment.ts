import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { CHECK_IN_SECRET_MIN_BYTES } from '@fascicle/hybrid';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : /^-?\d+$/.test(String(value))
      ? Number(value)
      : value;
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['true', '1', 'yes'].includes(String(value).toLowerCase())
      ? true
      : ['false', '0', 'no'].includes(String(value).toLowerCase())
        ? false
        : value;

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/**
 * The environment variables the API reads, each validated at start-up. Property names
 * are the variable names so that a validation message names exactly what to fix.
 */
export class Environment {
  @IsOptional()
  @IsIn(NODE_ENVS)
  NODE_ENV?: NodeEnv;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  @MinLength(1)
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE?: number;

  /** Production only: run on the embedded database when DATABASE_URL is unset. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  FASCICLE_ALLOW_EMBEDDED_DATABASE?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(1)
  FASCICLE_DATA_DIR?: string;

  /** Required in production; elsewhere a development secret is kept in the data folder. */
  @ValidateIf((env: Environment) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET is required in production (at least 32 characters)' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  @MaxLength(512)
  JWT_SECRET?: string;

  /**
   * HMAC key of the live sessions' check-in codes; unset, one is derived from JWT_SECRET.
   * Each character is at least one byte, so this many characters are enough bytes.
   */
  @IsOptional()
  @IsString()
  @MinLength(CHECK_IN_SECRET_MIN_BYTES, {
    message: `CHECK_IN_SECRET must be at least ${CHECK_IN_SECRET_MIN_BYTES} characters`,
  })
  @MaxLength(512)
  CHECK_IN_SECRET?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  JWT_ISSUER?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  JWT_AUDIENCE?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS?: number;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional()
  @IsIn(LOG_FORMATS)
  LOG_FORMAT?: LogFormat;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  FASCICLE_DEMO_DATA?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  FASCICLE_SEED_CURRICULUM?: boolean;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  LOGIN_MAX_FAILURES_PER_ADDRESS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  GRAPHQL_MAX_COST?: number;

  /** Lexical tokens in one GraphQL document, counted while parsing (before validation). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(1_000_000)
  GRAPHQL_MAX_TOKENS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  GRAPHQL_MAX_ALIASES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  GRAPHQL_MAX_ROOT_FIELDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  GRAPHQL_MAX_DIRECTIVES?: number;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  PROVIDER_NAME?: string;

  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  PROVIDER_SIGNER?: string;

  /** A private Ed25519 JWK (JSON). Required in production. */
  @ValidateIf(
    (env: Environment) => env.NODE_ENV === 'production' || env.CREDENTIAL_SIGNING_KEY !== undefined,
  )
  @IsString({ message: 'CREDENTIAL_SIGNING_KEY is required in production (a private Ed25519 JWK)' })
  @Matches(/"crv"\s*:\s*"Ed25519"[\s\S]*"d"\s*:|"d"\s*:[\s\S]*"crv"\s*:\s*"Ed25519"/, {
    message: 'CREDENTIAL_SIGNING_KEY must be a private Ed25519 JWK (JSON with crv Ed25519 and d)',
  })
  CREDENTIAL_SIGNING_KEY?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  VERIFY_RATE_LIMIT_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  REGISTER_RATE_LIMIT_PER_HOUR?: number;

  /** Password-reset requests one address may make per hour (each may send an email). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  PASSWORD_RESET_RATE_LIMIT_PER_HOUR?: number;

  /** Estimated GraphQL cost (GRAPHQL_MAX_COST's units) one address may spend per minute. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(1_000_000_000)
  GRAPHQL_COST_PER_MINUTE?: number;

  /** redis:// or rediss:// (TLS). Set: per-address rate limits are shared by every replica. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @Matches(/^[\w.:-]{1,64}$/, {
    message: 'REDIS_KEY_PREFIX must be 1 to 64 letters, digits, or . _ : -',
  })
  REDIS_KEY_PREFIX?: string;

  /** smtp://user:pass@host:port (smtps:// for TLS). Unset: messages go to the data folder's outbox. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Production only: write mail to the outbox folder when SMTP_URL is unset. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  FASCICLE_ALLOW_MAIL_OUTBOX?: boolean;

  /** Bearer token a Prometheus scraper sends to GET /metrics; unset, /metrics is off. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  @MaxLength(512)
  METRICS_TOKEN?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  MAIL_FROM?: string;

  /**
   * OpenTelemetry: the OTLP/HTTP collector traces go to (`/v1/traces` is appended, as the
   * specification says); unset with the next one unset too, nothing is traced.
   */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, {
    message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL',
  })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** OpenTelemetry: the full URL for traces, used as is (wins over the endpoint above). */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, {
    message: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http:// or https:// URL',
  })
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;

  /** OpenTelemetry: the service name on every span (several deployments, one collector). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  OTEL_SERVICE_NAME?: string;

  /** How often the credential-expiry reminder job runs; 0 turns it off. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  REMINDER_INTERVAL_MINUTES?: number;

  /** How often a worker looks for due jobs (retries, jobs of a process that stopped); 0: never. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  JOB_POLL_INTERVAL_SECONDS?: number;

  /** Lesson media in an S3-compatible bucket; unset, files go to FASCICLE_DATA_DIR/media. */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'S3_BUCKET must be a bucket name (3 to 63 lowercase letters, digits, . or -)',
  })
  S3_BUCKET?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'S3_REGION must be a region such as eu-west-1' })
  S3_REGION?: string;

  /** An S3-compatible store (MinIO, R2, Garage...); unset: AWS S3 itself. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'S3_ENDPOINT must be an http:// or https:// URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  S3_SECRET_ACCESS_KEY?: string;

  /** Address the bucket as a path (https://host/bucket), as most S3-compatible stores need. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE?: boolean;

  /** The largest image an author may upload, in bytes. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  MEDIA_MAX_IMAGE_BYTES?: number;

  /** The largest video an author may upload, in bytes. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(2 * 1024 * 1024 * 1024)
  MEDIA_MAX_VIDEO_BYTES?: number;

  /** Tests only: a file of clock advances (OffsetClock). Refused in production. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  FASCICLE_CLOCK_OFFSET_FILE?: string;
}
