import { CONTENT_SECURITY_POLICY } from '../../apps/api/src/security-headers/content-security-policy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Helmet's headers, as every response of the API and the web app carries them. */
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function headersOf(response: Response, names: string[]): Record<string, string | null> {
  return Object.fromEntries(names.map((name) => [name, response.headers.get(name)]));
}

describe('security headers', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ PUBLIC_URL: 'https://ce.fascicle.test' });
  });
  afterAll(() => test.close());

  it('are on the REST routes and on GraphQL answers', async () => {
    const health = await fetch(`${test.url}/health`);
    const graphql = await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    for (const response of [health, graphql]) {
      expect(response.status).toBe(200);
      expect(headersOf(response, Object.keys(SECURITY_HEADERS))).toEqual(SECURITY_HEADERS);
    }
    // No GraphQL answer is cached, by a browser (a GET query) or a proxy.
    expect(graphql.headers.get('cache-control')).toBe('no-store');
  });

  it('pin the site to https for a year when PUBLIC_URL is https', async () => {
    const response = await fetch(`${test.url}/health`);
    expect(response.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('leave the development GraphQL landing page its own policy, and keep the others', async () => {
    // The page brings a meta policy with a nonce for Apollo's CDN; a header policy would
    // apply on top of it and block the page. Production has no landing page.
    const page = await fetch(`${test.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBeNull();
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });
});
