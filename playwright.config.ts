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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
