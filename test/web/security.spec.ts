import { expect, test } from './fixtures.js';
import { watchContentSecurityPolicy } from './support/csp.js';

test('the content security policy blocks an injected inline script, and journeys would see it', async ({
  browser,
}) => {
  // A page of its own: the journeys' page fails on any violation, and this one makes one.
  const page = await browser.newPage({ baseURL: process.env['FASCICLE_WEB_URL'] });
  try {
    const violations = await watchContentSecurityPolicy(page);
    await page.goto('/courses');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The web app itself needs nothing the policy forbids.
    expect(violations).toEqual([]);

    // What an XSS would try: a script written into the page.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      await new Promise((settle) => setTimeout(settle, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.join('\n')).toContain('script-src');
  } finally {
    await page.close();
  }
});
