import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the real, built API serving the built web app (see
 * test/web/support/global-setup.ts). Debian's chromium, never a downloaded browser.
 */
export default defineConfig({
  testDir: 'test/web',
  testMatch: '*.spec.ts',
  globalSetup: './test/web/support/global-setup.ts',
  // Two cores. Seat time passes on clocks the journeys move (support/seat-time.ts), not in
  // real minutes, so the browser and the server keep both busy.
  workers: 2,
  fullyParallel: true,
  timeout: 240_000,
  expect: { timeout: 15_000 },
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  outputDir: 'test-results/web',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    // Recording a trace (a screenshot and DOM snapshot at every step) took a third of the
    // journeys' time on two cores (4.7 against 3.1 minutes), so it is on only when asked:
    // PLAYWRIGHT_TRACE=retain-on-failure npx playwright test. A failure still leaves its
    // screenshot and the page's accessibility snapshot (error-context.md).
    trace: process.env['PLAYWRIGHT_TRACE'] === 'retain-on-failure' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
