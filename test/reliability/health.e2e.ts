import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../apps/api/src/database/migrations/index.js';
import { LIVENESS_PATH, READINESS_PATH } from '../../apps/api/src/health/health-paths.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Readiness {
  status: string;
  reason?: string;
  database: string;
  migrations?: { applied: number; pending: string[] };
  redis?: string;
}

describe('liveness and readiness probes', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('answers liveness without a token', async () => {
    const response = await fetch(`${test.url}${LIVENESS_PATH}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and holds every migration of this build', async () => {
    const response = await fetch(`${test.url}${READINESS_PATH}`);
    expect(response.status).toBe(200);
    expect((await response.json()) as Readiness).toEqual({
      status: 'ready',
      database: 'up',
      migrations: { applied: MIGRATIONS.length, pending: [] },
    });
  });

  it('is not ready, with the reason, while a migration of this build is missing', async () => {
    // As when a new build starts against a database an older build migrated.
    const db = test.app.get(DataSource);
    const newest = MIGRATIONS.at(-1)!.name;
    const [removed] = await db.query<{ id: number; timestamp: string; name: string }[]>(
      'SELECT id, timestamp, name FROM migrations WHERE name = $1',
      [newest],
    );
    await db.query('DELETE FROM migrations WHERE name = $1', [newest]);
    try {
      const response = await fetch(`${test.url}${READINESS_PATH}`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as Readiness;
      expect(body.status).toBe('not ready');
      expect(body.reason).toBe(`migrations not applied: ${newest}`);
      expect(body.migrations?.pending).toEqual([newest]);
    } finally {
      await db.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        removed!.id,
        removed!.timestamp,
        removed!.name,
      ]);
    }
    expect((await fetch(`${test.url}${READINESS_PATH}`)).status).toBe(200);
  });
});

describe('readiness with REDIS_URL', () => {
  it('reports Redis down, and stays ready: the rate limits it holds let requests through', async () => {
    const test = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const response = await fetch(`${test.url}${READINESS_PATH}`);
      expect(response.status).toBe(200);
      expect((await response.json()) as Readiness).toMatchObject({
        status: 'ready',
        redis: 'down',
      });
    } finally {
      await test.close();
    }
  });

  const redisUrl = process.env['TEST_REDIS_URL'];
  (redisUrl ? it : it.skip)('reports Redis up when it answers (TEST_REDIS_URL)', async () => {
    const test = await startTestApp({ REDIS_URL: redisUrl! });
    try {
      const response = await fetch(`${test.url}${READINESS_PATH}`);
      expect((await response.json()) as Readiness).toMatchObject({
        status: 'ready',
        redis: 'up',
      });
    } finally {
      await test.close();
    }
  });
});
