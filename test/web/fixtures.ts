// Journeys run code in the page (page.evaluate) that uses the DOM's types.
/// <reference lib="dom" />
import { test as base, expect, type Page } from '@playwright/test';
import { Api } from './support/api.js';
import { watchContentSecurityPolicy } from './support/csp.js';

export { expect };
export { DEMO } from './support/api.js';

interface Fixtures {
  /** The API (and web app) URL, with an anonymous GraphQL client; `.login()` for a role. */
  api: Api;
}

/**
 * Every journey gets `api` and a `baseURL` pointing at the server global setup started, so
 * `page.goto('/courses')` opens the built web app; and its page fails the journey if the
 * server's content security policy blocked anything on it (the policy must fit the app).
 */
export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const violations = await watchContentSecurityPolicy(page);
    await use(page);
    expect(violations, 'what the content security policy blocked').toEqual([]);
  },
  // Playwright reads a fixture's dependencies from this pattern; these have none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    await use(serverUrl());
  },
  // eslint-disable-next-line no-empty-pattern
  api: async ({}, use) => {
    await use(new Api(serverUrl()));
  },
});

function serverUrl(): string {
  const url = process.env['FASCICLE_WEB_URL'];
  if (!url) throw new Error('FASCICLE_WEB_URL is not set: run through playwright.config.ts');
  return url;
}

/** Signs in through the form, as a person would, and waits for the page it lands on. */
export async function signIn(page: Page, email: string, password: string, next = '/learning') {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`));
}
