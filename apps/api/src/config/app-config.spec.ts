import { CHECK_IN_SECRET_MIN_BYTES } from '@fascicle/hybrid';
import { AppConfig, ConfigError } from './app-config.js';

/** A throwaway key made for this spec; it signs nothing real. */
const TEST_SIGNING_KEY =
  '{"crv":"Ed25519","d":"L8YPIwj0OO1hRL-RV_sfnU3jqwEz4B8LU7ql9DMB4Yo","x":"s9_40ApFEReIODuDe__zQSVFHqb3CU4isvV4JvcU6j8","kty":"OKP"}';

describe('AppConfig.fromEnv', () => {
  it('applies defaults for an empty environment', () => {
    const config = AppConfig.fromEnv({ FASCICLE_DATA_DIR: 'memory://' });
    expect(config.nodeEnv).toBe('development');
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(config.accessTokenTtlSeconds).toBe(900);
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('names a bad variable', () => {
    expect(() => AppConfig.fromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => AppConfig.fromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => AppConfig.fromEnv({ NODE_ENV: 'prod' })).toThrow(/NODE_ENV/);
  });

  it('requires a JWT secret in production and never prints it', () => {
    expect(() => AppConfig.fromEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    try {
      AppConfig.fromEnv({ NODE_ENV: 'production', JWT_SECRET: 'short-secret-value' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/JWT_SECRET must be at least 32/);
      expect((error as Error).message).not.toContain('short-secret-value');
    }
  });

  it('refuses demo data in production', () => {
    expect(() =>
      AppConfig.fromEnv({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        CREDENTIAL_SIGNING_KEY: TEST_SIGNING_KEY,
        FASCICLE_DEMO_DATA: 'true',
      }),
    ).toThrow(/FASCICLE_DEMO_DATA/);
  });

  it('takes a clock offset file outside production only', () => {
    const file = 'clock-offset';
    const memory = { FASCICLE_DATA_DIR: 'memory://' };
    expect(
      AppConfig.fromEnv({ ...memory, FASCICLE_CLOCK_OFFSET_FILE: file }).clockOffsetFile,
    ).toMatch(/\/clock-offset$/);
    expect(AppConfig.fromEnv(memory).clockOffsetFile).toBeNull();
    expect(() =>
      AppConfig.fromEnv({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        CREDENTIAL_SIGNING_KEY: TEST_SIGNING_KEY,
        FASCICLE_DEMO_DATA: 'false',
        FASCICLE_CLOCK_OFFSET_FILE: file,
      }),
    ).toThrow(/FASCICLE_CLOCK_OFFSET_FILE cannot be set when NODE_ENV=production/);
  });

  it('lists every bad variable at once', () => {
    try {
      AppConfig.fromEnv({ PORT: '-1', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems.join('\n')).toMatch(
        /PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/,
      );
    }
  });

  it('requires a credential signing key in production, and hides it in messages', () => {
    const env = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://fascicle@db/fascicle',
      SMTP_URL: 'smtp://mail:587',
    };
    expect(() => AppConfig.fromEnv(env)).toThrow(/CREDENTIAL_SIGNING_KEY is required/);
    const bad = '{"kty":"OKP","crv":"X25519","x":"abc"}';
    try {
      AppConfig.fromEnv({ ...env, CREDENTIAL_SIGNING_KEY: bad });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).toMatch(/CREDENTIAL_SIGNING_KEY must be a private Ed25519/);
      expect((error as Error).message).not.toContain('X25519');
    }
    expect(
      AppConfig.fromEnv({ ...env, CREDENTIAL_SIGNING_KEY: TEST_SIGNING_KEY }).isProduction,
    ).toBe(true);
  });

  describe('in production, the database and the mail transport', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      CREDENTIAL_SIGNING_KEY: TEST_SIGNING_KEY,
    };

    it('refuses to start without DATABASE_URL and SMTP_URL, naming both and the opt-ins', () => {
      try {
        AppConfig.fromEnv(production);
        throw new Error('expected a ConfigError');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems).toEqual([
          expect.stringMatching(
            /^DATABASE_URL is required when NODE_ENV=production .*FASCICLE_ALLOW_EMBEDDED_DATABASE=true$/,
          ),
          expect.stringMatching(
            /^SMTP_URL is required when NODE_ENV=production .*FASCICLE_ALLOW_MAIL_OUTBOX=true$/,
          ),
        ]);
      }
    });

    it('takes each fallback only when it is allowed explicitly', () => {
      const withServices = {
        ...production,
        DATABASE_URL: 'postgres://fascicle@db/fascicle',
        SMTP_URL: 'smtp://mail:587',
      };
      expect(AppConfig.fromEnv(withServices).usesEmbeddedDatabase).toBe(false);
      expect(() => AppConfig.fromEnv({ ...production, SMTP_URL: 'smtp://mail:587' })).toThrow(
        /FASCICLE_ALLOW_EMBEDDED_DATABASE/,
      );
      expect(() =>
        AppConfig.fromEnv({ ...production, FASCICLE_ALLOW_EMBEDDED_DATABASE: 'true' }),
      ).toThrow(/FASCICLE_ALLOW_MAIL_OUTBOX/);
      const embedded = AppConfig.fromEnv({
        ...production,
        FASCICLE_ALLOW_EMBEDDED_DATABASE: 'true',
        FASCICLE_ALLOW_MAIL_OUTBOX: 'true',
        FASCICLE_DATA_DIR: 'memory://',
      });
      expect(embedded.usesEmbeddedDatabase).toBe(true);
      expect(embedded.smtpUrl).toBeNull();
    });

    it('does not ask for them outside production', () => {
      expect(AppConfig.fromEnv({ FASCICLE_DATA_DIR: 'memory://' }).usesEmbeddedDatabase).toBe(true);
    });
  });

  it('keeps lesson media in the data folder unless S3_BUCKET is set', () => {
    const local = AppConfig.fromEnv({ FASCICLE_DATA_DIR: 'memory://' });
    expect(local.s3).toBeNull();
    expect(local.mediaLimits).toEqual({
      imageBytes: 10 * 1024 * 1024,
      videoBytes: 100 * 1024 * 1024,
    });
    const s3 = AppConfig.fromEnv({
      FASCICLE_DATA_DIR: 'memory://',
      S3_BUCKET: 'fascicle-media',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'minio',
      S3_SECRET_ACCESS_KEY: 'minio-secret-value',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(s3.s3).toEqual({
      bucket: 'fascicle-media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      accessKeyId: 'minio',
      secretAccessKey: 'minio-secret-value',
      forcePathStyle: true,
    });
  });

  it('names S3 settings that cannot work', () => {
    expect(() => AppConfig.fromEnv({ S3_BUCKET: 'Not A Bucket' })).toThrow(/S3_BUCKET must be/);
    expect(() => AppConfig.fromEnv({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      'S3_BUCKET is required when S3_ENDPOINT is set',
    );
    try {
      AppConfig.fromEnv({ S3_BUCKET: 'media', S3_SECRET_ACCESS_KEY: 'do-not-print-me' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(String(error)).toMatch(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/);
      expect(String(error)).not.toContain('do-not-print-me');
    }
    expect(() => AppConfig.fromEnv({ MEDIA_MAX_IMAGE_BYTES: '10' })).toThrow(
      /MEDIA_MAX_IMAGE_BYTES/,
    );
  });

  it('derives a stable check-in secret from the JWT secret, or takes CHECK_IN_SECRET', () => {
    const env = { FASCICLE_DATA_DIR: 'memory://', JWT_SECRET: 'j'.repeat(40) };
    const derived = AppConfig.fromEnv(env).checkInSecret;
    expect(derived.length).toBeGreaterThanOrEqual(CHECK_IN_SECRET_MIN_BYTES);
    expect(AppConfig.fromEnv(env).checkInSecret).toEqual(derived);
    expect(Buffer.from(derived).toString('utf8')).not.toContain('j'.repeat(40));
    expect(AppConfig.fromEnv({ ...env, JWT_SECRET: 'k'.repeat(40) }).checkInSecret).not.toEqual(
      derived,
    );
    const own = 'c'.repeat(CHECK_IN_SECRET_MIN_BYTES);
    expect(AppConfig.fromEnv({ ...env, CHECK_IN_SECRET: own }).checkInSecret).toEqual(
      Buffer.from(own),
    );
    try {
      AppConfig.fromEnv({ ...env, CHECK_IN_SECRET: 'too-short-secret' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).toMatch(/CHECK_IN_SECRET must be at least 32/);
      expect((error as Error).message).not.toContain('too-short-secret');
    }
  });

  it('hides METRICS_TOKEN in messages', () => {
    try {
      AppConfig.fromEnv({ FASCICLE_DATA_DIR: 'memory://', METRICS_TOKEN: 'short-token' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).toMatch(/METRICS_TOKEN must be at least 16/);
      expect((error as Error).message).not.toContain('short-token');
    }
  });
});
