import { startTestApp, type TestApp } from './support/test-app.js';

describe('GET /health', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('reports the database as up, with its migrations applied', async () => {
    const response = await fetch(`${test.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      database: { status: string; migrations: number };
    };
    expect(body.status).toBe('ok');
    expect(body.database.status).toBe('up');
    expect(body.database.migrations).toBeGreaterThan(0);
  });

  it('carries a request id on every response, and honours one given', async () => {
    const generated = await fetch(`${test.url}/health`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${test.url}/health`, { headers: { 'x-request-id': 'trace-42' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
  });
});
