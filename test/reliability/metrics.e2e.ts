import { Metrics } from '../../apps/api/src/metrics/metrics.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const TOKEN = 'metrics-token-for-the-test';

/** The value of one sample, e.g. sample(text, 'x_total', 'code="A"'); null when absent. */
function sample(text: string, name: string, labels = ''): number | null {
  const prefix = labels ? `${name}{${labels}} ` : `${name} `;
  const line = text.split('\n').find((candidate) => candidate.startsWith(prefix));
  return line === undefined ? null : Number(line.slice(prefix.length));
}

describe('GET /metrics', () => {
  let test: TestApp;
  const scrape = async (authorization = `Bearer ${TOKEN}`) =>
    fetch(`${test.url}/metrics`, { headers: { authorization } });

  beforeAll(async () => {
    test = await startTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => test.close());

  it('asks for the metrics token', async () => {
    expect((await fetch(`${test.url}/metrics`)).status).toBe(401);
    expect((await scrape('Bearer not-the-token')).status).toBe(401);
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it("counts GraphQL operations by root field and errors by code, never by the client's name", async () => {
    await test.client.request(
      'query AnyNameAClientLikes { verifyCertificate(code: "NOPE-NOPE") { status } }',
    );
    await test.client.request('{ me { id } }');
    await test.client.request('{ noSuchField }');
    const text = await (await scrape()).text();

    const requests = 'fascicle_graphql_requests_total';
    expect(sample(text, requests, 'operation="verifyCertificate",outcome="ok"')).toBe(1);
    expect(sample(text, requests, 'operation="me",outcome="error"')).toBe(1);
    expect(sample(text, requests, 'operation="other",outcome="error"')).toBe(1);
    expect(text).not.toContain('AnyNameAClientLikes');
    expect(sample(text, 'fascicle_graphql_errors_total', 'code="UNAUTHENTICATED"')).toBe(1);
    expect(sample(text, 'fascicle_graphql_errors_total', 'code="GRAPHQL_VALIDATION_FAILED"')).toBe(
      1,
    );
    expect(
      sample(
        text,
        'fascicle_graphql_request_duration_seconds_count',
        'operation="verifyCertificate"',
      ),
    ).toBe(1);
  });

  it('counts HTTP requests by route pattern, so an unknown path adds no new series', async () => {
    await fetch(`${test.url}/health`);
    await fetch(`${test.url}/no/such/path/${Date.now()}`, { method: 'POST' });
    const text = await (await scrape()).text();
    expect(
      sample(text, 'fascicle_http_requests_total', 'method="GET",route="/health",status="200"'),
    ).toBe(1);
    expect(
      sample(text, 'fascicle_http_requests_total', 'method="POST",route="unmatched",status="404"'),
    ).toBe(1);
    expect(text).not.toContain('/no/such/path');
  });

  it('reports the database pool and the depth of each registered job queue', async () => {
    test.app.get(Metrics).registerQueue('example', () => 3);
    const text = await (await scrape()).text();
    expect(sample(text, 'fascicle_db_pool_max')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'fascicle_db_pool_connections', 'state="total"')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'fascicle_db_pool_connections', 'state="waiting"')).toBe(0);
    expect(sample(text, 'fascicle_job_queue_depth', 'queue="example"')).toBe(3);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('is off', async () => {
    expect(
      (await fetch(`${test.url}/metrics`, { headers: { authorization: 'Bearer x' } })).status,
    ).toBe(404);
  });
});
