import { AppConfig, ConfigError } from './app-config.js';

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
        FASCICLE_DEMO_DATA: 'true',
      }),
    ).toThrow(/FASCICLE_DEMO_DATA/);
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
});
