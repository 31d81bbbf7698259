import { createServer, type Server } from 'node:http';
import { AppConfig } from '../../apps/api/src/config/app-config.js';
import { startTracing, stopTracing } from '../../apps/api/src/tracing/tracing.js';
import { LOGIN, registerLearner } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** What OTLP/JSON carries of a span (ids in hex, attributes as typed values). */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  status?: { code?: number };
  attributes: { key: string; value: Record<string, unknown> }[];
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: OtlpSpan['attributes'] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
}

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const PASSWORD = 'the-right-password-for-tracing';

const attribute = (span: OtlpSpan, key: string) =>
  span.attributes.find((candidate) => candidate.key === key)?.value;

/** An OpenTelemetry collector's OTLP/HTTP receiver, as far as the test needs one. */
async function startCollector(): Promise<{ url: string; exports: OtlpExport[]; server: Server }> {
  const exports: OtlpExport[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        exports.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, exports, server };
}

describe('OpenTelemetry tracing, when a collector is configured', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let test: TestApp;
  let spans: OtlpSpan[];
  let resource: OtlpSpan['attributes'];

  beforeAll(async () => {
    collector = await startCollector();
    test = await startTestApp({
      OTEL_EXPORTER_OTLP_ENDPOINT: `${collector.url}/`,
      OTEL_SERVICE_NAME: 'fascicle-tracing-test',
    });
    const learner = await registerLearner(test, { password: PASSWORD });
    await startTracing(test.app.get(AppConfig).tracing);

    await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01`,
      },
      body: JSON.stringify({
        operationName: 'Catalog',
        query: 'query Catalog { courses(first: 1) { pageInfo { hasNextPage } } }',
      }),
    });
    await test.client.request(LOGIN, {
      input: { email: learner.email, password: `${PASSWORD}-not` },
    });
    // Shutting down sends what is batched.
    await stopTracing();
    spans = collector.exports.flatMap((e) =>
      e.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)),
    );
    resource = collector.exports[0]?.resourceSpans[0]?.resource.attributes ?? [];
  });
  afterAll(async () => {
    await stopTracing();
    await test.close();
    await new Promise((closed) => collector.server.close(closed));
  });

  it("continues the caller's trace: the request's span, and the operation's span inside it", async () => {
    const request = spans.find(
      (span) => span.traceId === TRACE_ID && span.name === 'POST /graphql',
    );
    expect(request).toBeDefined();
    expect(request!.parentSpanId).toBe(CALLER_SPAN_ID);
    expect(attribute(request!, 'http.response.status_code')).toEqual({ intValue: 200 });
    const operation = spans.find((span) => span.parentSpanId === request!.spanId);
    expect(operation).toMatchObject({ traceId: TRACE_ID, name: 'query courses' });
    expect(attribute(operation!, 'graphql.operation.name')).toEqual({ stringValue: 'Catalog' });
    expect(resource).toContainEqual({
      key: 'service.name',
      value: { stringValue: 'fascicle-tracing-test' },
    });
  });

  it('marks an operation that failed with its error code, and records no variables', async () => {
    const login = spans.find((span) => span.name === 'mutation login');
    expect(login).toBeDefined();
    expect(login!.traceId).not.toBe(TRACE_ID);
    expect(login!.status?.code).toBe(2); // ERROR
    expect(attribute(login!, 'graphql.error.codes')).toEqual({
      arrayValue: { values: [{ stringValue: 'UNAUTHENTICATED' }] },
    });
    expect(JSON.stringify(collector.exports)).not.toContain(PASSWORD);
  });
});
