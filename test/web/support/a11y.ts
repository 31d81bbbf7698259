import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** A laptop's window and a phone's: the sizes screens are checked and pictured at. */
export const SIZES = {
  '1366x768': { width: 1366, height: 768 },
  '390x844': { width: 390, height: 844 },
} as const;

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

/**
 * A screenshot for the record, as an artifact of this test's run (under test-results/, beside
 * its other output), never a file in the working tree.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });
}

/** The end of a journey: axe on the last screen, and its screenshot for the record. */
export async function finish(page: Page, name: string): Promise<void> {
  await expectNoSeriousA11yViolations(page, name);
  await screenshot(page, name);
}

/**
 * Axe, nothing wider than the window, and a full-page screenshot (`<name>-1366x768.png`,
 * `<name>-390x844.png`) at a laptop's size and a phone's; the window is left at the laptop's.
 */
export async function checkBothSizes(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await expectNoSeriousA11yViolations(page, `${name} at ${size}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${name} at ${size}: wider than the window`).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}-${size}`);
  }
  await page.setViewportSize(SIZES['1366x768']);
}
