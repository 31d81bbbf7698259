import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures.js';
import type { Api } from './support/api.js';
import { expectNoSeriousA11yViolations, screenshot, SIZES } from './support/a11y.js';
import { registerLearner } from './support/courses.js';

/**
 * How far apart, in pixels, the middles of the header's parts are (the brand, each link of
 * the row, the "More" button, the account link and Sign out): 0 or a few on one row, a row's
 * height (40 px and more) when the row wraps.
 */
async function headerSpread(page: Page): Promise<number> {
  return page.locator('.header-inner').evaluate((header) => {
    const parts = [
      header.querySelector('.brand'),
      ...header.querySelectorAll('.nav > ul > li'),
      header.querySelector('.account'),
    ].filter((part): part is Element => part !== null);
    const middles = parts.map((part) => {
      const box = part.getBoundingClientRect();
      return (box.top + box.bottom) / 2;
    });
    return Math.max(...middles) - Math.min(...middles);
  });
}

async function clinicOf(owner: Api): Promise<void> {
  await owner.ok(
    `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { name: `Header Check Physio ${Date.now()}` } },
  );
}

interface Persona {
  name: string;
  /** Signs the persona up as needed; answers the email, the password and the name shown. */
  account: (api: Api) => Promise<{ email: string; password: string; displayName: string }>;
  /** The links of the header's row, after the brand. */
  row: string[];
  more: string[];
}

const PERSONAS: Persona[] = [
  {
    name: 'learner',
    account: async (api) => ({
      ...(await registerLearner(api, 'Robin Reyes, PT')),
      displayName: 'Robin Reyes, PT',
    }),
    row: ['Catalog', 'My learning', 'Certificates', 'Clinics'],
    more: ['Transcript', 'Live sessions', 'Practice logs', 'Verify'],
  },
  {
    name: 'instructor',
    account: () =>
      Promise.resolve({ ...DEMO.instructor, displayName: 'Dr. Imani Okafor, PT, DPT' }),
    row: ['Catalog', 'My learning', 'Certificates', 'My courses', 'Clinics'],
    more: ['Transcript', 'Live sessions', 'Practice logs', 'Verify'],
  },
  {
    name: 'clinic-admin',
    account: async (api) => {
      const owner = await registerLearner(api, 'Jordan Blake, DPT');
      await clinicOf(owner.client);
      return { ...owner, displayName: 'Jordan Blake, DPT' };
    },
    row: ['Catalog', 'My learning', 'Certificates', 'Clinics'],
    more: ['Transcript', 'Live sessions', 'Practice logs', 'Verify'],
  },
  {
    name: 'admin',
    account: () => Promise.resolve({ ...DEMO.admin, displayName: 'Avery Admin' }),
    row: ['Catalog', 'My learning', 'Certificates', 'Admin', 'Clinics'],
    more: ['Transcript', 'Live sessions', 'Practice logs', 'Review queue', 'Verify'],
  },
  {
    // The widest header there is: every platform role, a clinic, and a long name.
    name: 'every-role',
    account: async (api) => {
      const displayName = 'Dr. Alexandra Montgomery-Smith, PT, DPT, OCS';
      const person = await registerLearner(api, displayName);
      const { me } = await person.client.ok<{ me: { id: string } }>(`{ me { id } }`);
      const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
      await admin.ok(
        `mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }`,
        { input: { userId: me.id, roles: ['LEARNER', 'INSTRUCTOR', 'ADMIN'] } },
      );
      await clinicOf(person.client);
      return { ...person, displayName };
    },
    row: ['Catalog', 'My learning', 'Certificates', 'My courses', 'Admin', 'Clinics'],
    more: ['Transcript', 'Live sessions', 'Practice logs', 'Review queue', 'Verify'],
  },
];

for (const persona of PERSONAS) {
  test(`the signed-in header of a ${persona.name} fits one row at 1366 px and keeps the phone's menu`, async ({
    page,
    api,
  }) => {
    const account = await persona.account(api);
    await page.setViewportSize(SIZES['1366x768']);
    await signIn(page, account.email, account.password, '/courses');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const accountLink = nav.getByRole('link', { name: `${account.displayName}: account settings` });

    await test.step('1366 × 768: one row, the less-used links under More', async () => {
      await expect(accountLink).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'Course catalog' })).toBeVisible();
      expect(await headerSpread(page), 'the header wraps onto a second row').toBeLessThanOrEqual(8);
      const row = nav.locator(':scope > ul > li > a');
      await expect(row).toHaveText(persona.row);
      await expect(nav.getByRole('button', { name: 'Sign out' })).toBeVisible();
      const more = nav.getByRole('button', { name: 'More' });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      for (const label of persona.more) {
        await expect(nav.getByRole('link', { name: label, exact: true })).toBeHidden();
      }
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      for (const label of persona.more) {
        await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
      }
      expect(await headerSpread(page), 'the open list moves the row').toBeLessThanOrEqual(8);
      await expectNoSeriousA11yViolations(page, `header of a ${persona.name}, More open`);
      await screenshot(page, `header-${persona.name}-1366x768`, false);
      await page.keyboard.press('Escape');
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(more).toBeFocused();
    });

    await test.step('390 × 844: the Menu button lists every link, More’s among them', async () => {
      await page.setViewportSize(SIZES['390x844']);
      const menu = page.getByRole('button', { name: 'Menu' });
      await expect(menu).toBeVisible();
      await expect(accountLink).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      for (const label of [...persona.row, ...persona.more]) {
        await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
      }
      await expect(nav.getByRole('button', { name: 'More' })).toBeHidden();
      await expect(accountLink).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'wider than the phone').toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, `phone menu of a ${persona.name}`);
      await screenshot(page, `header-${persona.name}-390x844`, false);
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(menu).toBeFocused();
    });
  });
}
