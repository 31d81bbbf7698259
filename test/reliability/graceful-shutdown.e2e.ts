import { mkdtempSync, rmSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_SIGNING_KEY } from '../support/test-app.js';
import { sleep } from '../support/free-port.js';
import { buildApi, startProductionApi, type RunningApi } from './production-start.js';

const QUERY = JSON.stringify({ query: '{ verifyCertificate(code: "NOPE-NOPE") { status } }' });

/**
 * SIGTERM (what Docker and Kubernetes send) while a request is in flight: the process stops
 * taking connections, answers that request in full, closes the database, and exits 0.
 */
// The production build on an embedded data folder whatever the suite: the server suite
// (TEST_DATABASE_URL) would only build and run the same thing again, so it skips it.
const suite = process.env['TEST_DATABASE_URL'] ? describe.skip : describe;

suite('graceful shutdown of the production build', () => {
  let dataDir: string;
  let api: RunningApi | undefined;

  beforeAll(async () => {
    await buildApi();
    dataDir = mkdtempSync(join(tmpdir(), 'fascicle-shutdown-'));
    api = await startProductionApi({
      NODE_ENV: 'production',
      FASCICLE_DATA_DIR: dataDir,
      FASCICLE_SEED_CURRICULUM: 'false',
      FASCICLE_ALLOW_EMBEDDED_DATABASE: 'true',
      FASCICLE_ALLOW_MAIL_OUTBOX: 'true',
      JWT_SECRET: 'shutdown-test-secret-that-is-long-enough',
      CREDENTIAL_SIGNING_KEY: TEST_SIGNING_KEY,
      LOG_LEVEL: 'warn',
    });
  }, 300_000);

  afterAll(() => {
    api?.kill();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the request in flight, then exits 0', async () => {
    const { url, process: child } = api!;
    // The body is held back until the server has started shutting down, so the request is
    // in flight at SIGTERM whatever the machine's speed. "100 Continue" shows the server has
    // taken the request (Node answers it as it hands the request to Fastify).
    const pending = request(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(QUERY),
        expect: '100-continue',
      },
    });
    const response = new Promise<IncomingMessage>((done, fail) => {
      pending.on('response', done);
      pending.on('error', fail);
    });
    await new Promise<void>((done) => pending.on('continue', done));

    child.kill('SIGTERM');
    await refusesConnections(new URL(url));
    pending.end(QUERY);

    const answer = await response;
    const body = await readBody(answer);
    expect({ status: answer.statusCode, body: JSON.parse(body) as unknown }).toEqual({
      status: 200,
      body: { data: { verifyCertificate: { status: 'NOT_FOUND' } } },
    });
    expect(await api!.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});

/** Waits until a new connection is refused: the server has stopped listening. */
async function refusesConnections(url: URL): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((done) => {
      const socket = connect(Number(url.port), url.hostname);
      socket.once('connect', () => {
        socket.destroy();
        done(false);
      });
      socket.once('error', () => done(true));
    });
    if (refused) return;
    await sleep(50);
  }
  throw new Error('the server still accepts connections 20 s after SIGTERM');
}

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('end', () => done(text));
    response.on('error', fail);
  });
}
