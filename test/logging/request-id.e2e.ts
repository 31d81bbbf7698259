import { Writable } from 'node:stream';
import { Role } from '@fascicle/common';
import { CREATE_COURSE, courseInput } from '../support/catalog.js';
import { userWithRoles } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface LogLine {
  msg: string;
  reqId?: string;
  action?: string;
}

/** Every line the app logs, parsed, in order. */
class CapturedLogs extends Writable {
  readonly lines: LogLine[] = [];

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const text of chunk.toString('utf8').split('\n')) {
      if (text.trim()) this.lines.push(JSON.parse(text) as LogLine);
    }
    done();
  }
}

describe('request ids in the logs', () => {
  const logs = new CapturedLogs();
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ LOG_LEVEL: 'info' }, { logDestination: logs });
  });
  afterAll(() => test.close());

  it('stamps a service line with the id of the request it served, as Fastify records it', async () => {
    const instructor = await userWithRoles(test, [Role.INSTRUCTOR]);
    const client = test.client.as(instructor.accessToken).withHeaders({ 'x-request-id': 'req-42' });
    await client.ok(CREATE_COURSE, { input: courseInput() });

    const audit = logs.lines.find((line) => line.action === 'COURSE_CREATED');
    expect(audit?.reqId).toBe('req-42');
    const request = logs.lines.filter((line) => line.reqId === 'req-42').map((line) => line.msg);
    expect(request).toEqual(['incoming request', 'audit: COURSE_CREATED', 'request completed']);
  });

  it('makes its own id when the caller sends none or one that is not a plain token', async () => {
    const response = await fetch(`${test.url}/health`, {
      headers: { 'x-request-id': 'bad id <script>' },
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.lines.some((line) => line.reqId === id && line.msg === 'request completed')).toBe(
      true,
    );
  });

  it('writes no request id on lines outside a request', () => {
    const outside = logs.lines.filter(
      (line) => line.msg === 'Nest application successfully started',
    );
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((line) => line.reqId === undefined)).toBe(true);
  });
});
