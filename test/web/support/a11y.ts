import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is and fails on any serious or
 * critical violation, listing each with the elements it found.
 *
 * In legacy mode axe runs in the page itself. By default AxeBuilder opens a blank page to
 * put the results of cross-origin frames together, which the app has none of; that page was
 * most of each check's time (1.0–1.3 s against 0.5 s on the sign-up page), and the journeys
 * run 55 checks.
 */
export async function expectNoSeriousA11yViolations(page: Page, label?: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode(true)
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(serious, `axe on ${label ?? page.url()}`).toEqual([]);
}

/** The end of a journey: axe on the last screen, and its screenshot for the record. */
export async function finish(page: Page, name: string): Promise<void> {
  await expectNoSeriousA11yViolations(page, name);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}
