import { get, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { registerWebApp } from '../../apps/api/src/web-app/web-app.js';

const INDEX = '<!doctype html><html><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

/**
 * The web app's file serving on a bare Fastify with stand-ins for the API's own routes, so
 * it runs without a build of the web app.
 */
describe('serving the built web app', () => {
  let root: string;
  let fastify: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'fascicle-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'index-abc123.js'), SCRIPT);
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

    fastify = Fastify();
    registerWebApp(fastify, root, pino({ level: 'silent' }));
    fastify.get('/verify/:code', async () => ({ status: 'VALID' }));
    fastify.get('/health', async () => ({ status: 'ok' }));
    url = await fastify.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await fastify.close();
    rmSync(root, { recursive: true, force: true });
  });

  const page = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  it('serves index.html with no-cache for any page the web app routes', async () => {
    for (const path of ['/', '/catalog', '/courses/dry-needling/lessons/1', '/verify']) {
      const response = await fetch(`${url}${path}`, { headers: page });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets for a year, gzipped when asked', async () => {
    const response = await fetch(`${url}/assets/index-abc123.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(await response.text()).toBe(SCRIPT);

    // fetch would unzip on its own; a raw request shows what went over the wire.
    const raw = await rawGet(`${url}/assets/index-abc123.js`, { 'accept-encoding': 'gzip, br' });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.body.length).toBeLessThan(SCRIPT.length);
    expect(gunzipSync(raw.body).toString()).toBe(SCRIPT);
  });

  it('answers 404, not the page, for missing assets and unknown API paths', async () => {
    for (const path of [
      '/assets/gone-123.js',
      '/graphql/extra',
      '/credentials/x/y',
      '/me/nothing.csv',
      '/organizations/1/unknown.csv',
    ]) {
      const response = await fetch(`${url}${path}`, { headers: page });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it('leaves the API routes to the API', async () => {
    const response = await fetch(`${url}/health`, { headers: page });
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('gives a browser the verification page and a program the JSON at /verify/<code>', async () => {
    const browser = await fetch(`${url}/verify/ABCD-EFGH-JKMN-PQ`, { headers: page });
    expect(await browser.text()).toBe(INDEX);
    expect(browser.headers.get('vary')).toContain('accept');

    const programs: Record<string, string>[] = [
      {},
      { accept: 'application/json' },
      { accept: '*/*' },
    ];
    for (const headers of programs) {
      const program = await fetch(`${url}/verify/ABCD-EFGH-JKMN-PQ`, { headers });
      expect(await program.json()).toEqual({ status: 'VALID' });
      expect(program.headers.get('vary')).toContain('accept');
    }
    const head = await fetch(`${url}/verify/ABCD-EFGH-JKMN-PQ`, { method: 'HEAD', headers: page });
    expect(head.headers.get('content-type')).toContain('text/html');

    const forced = await fetch(`${url}/verify/ABCD-EFGH-JKMN-PQ?format=json`, { headers: page });
    expect(await forced.json()).toEqual({ status: 'VALID' });
  });
});

function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}
