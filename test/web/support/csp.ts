// The listener runs in the page, where the DOM's types apply.
/// <reference lib="dom" />
import type { Page } from '@playwright/test';

/**
 * Collects what the page's content security policy blocks: Chromium's own console error
 * ("Refused to … because it violates the following Content Security Policy directive") and
 * every `securitypolicyviolation` event, which the page logs with a marker. Call before the
 * page opens anything; the returned list fills as the page runs.
 */
export async function watchContentSecurityPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
      );
    });
  });
  return violations;
}
