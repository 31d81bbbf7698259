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

  /** smtp://user:pass@host:port (smtps:// for TLS). Unset: messages go to the data folder's outbox. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  MAIL_FROM?: string;

  /** How often the credential-expiry reminder job runs; 0 turns it off. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  REMINDER_INTERVAL_MINUTES?: number;

  /** Tests only: a file of clock advances (OffsetClock). Refused in production. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  FASCICLE_CLOCK_OFFSET_FILE?: string;
}
