import { randomBytes } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish, screenshot } from './support/a11y.js';
import { createShortCourse, registerLearner } from './support/courses.js';
import { watchContentSecurityPolicy } from './support/csp.js';

const PHONE = { width: 390, height: 844 };
/** The learners' phones keep another zone than the instructor's browser: times follow each. */
const LEARNER_ZONE = 'America/Denver';

/** A `datetime-local` value `days` from now, at `time` wherever the browser is. */
function localDay(days: number, time: string): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

/** A learner's phone: its own session, the phone's size and zone, the page's CSP watched. */
async function phone(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: PHONE, timezoneId: LEARNER_ZONE });
  const page = await context.newPage();
  const violations = await watchContentSecurityPolicy(page);
  return { context, page, violations };
}

async function noSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow, `${label}: wider than the phone`).toBeLessThanOrEqual(0);
}

test('an instructor schedules a lab; learners on phones take its seat, wait, and are promoted', async ({
  page,
  browser,
  api,
  baseURL,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const first = await registerLearner(api, 'Robin Reyes, PT');
  const second = await registerLearner(api, 'Sam Ortiz, PT');
  const title = `Upper trapezius lab ${randomBytes(2).toString('hex')}`;

  await test.step('the instructor schedules a one-seat lab; the API’s refusal shows by its field', async () => {
    await signIn(page, DEMO.instructor.email, DEMO.instructor.password, '/teach/live');
    await expect(page.getByRole('heading', { level: 1, name: 'Live sessions' })).toBeVisible();
    const form = page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Schedule session' }) });
    await form.getByLabel('Course', { exact: true }).selectOption({ label: course.title });
    await expect(form.getByLabel('In-person lab')).toBeChecked();
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Venue').fill('Front Range Physio, 12 Main St, Denver, CO');
    await form.getByLabel('Starts').fill(localDay(10, '09:00'));
    await form.getByLabel('Ends').fill(localDay(10, '17:00'));
    // Two seats for one instructor who supervises one learner: the API refuses the seats.
    await form.getByLabel('Seats').fill('2');
    await form.getByLabel('Instructors').fill('1');
    await form.getByLabel('Learners per instructor').fill('1');
    await form.getByLabel('Cut-off (hours before the start)').fill('24');
    await form.getByRole('button', { name: 'Schedule session' }).click();
    const seats = form.getByLabel('Seats');
    await expect(seats).toHaveAttribute('aria-invalid', 'true');
    await expect(seats).toHaveAccessibleDescription(/can supervise at most 1 seats/);
    await expectNoSeriousA11yViolations(page, 'schedule form with an error');

    await seats.fill('1');
    await form.getByRole('button', { name: 'Schedule session' }).click();
    await expect(page.getByText(`Scheduled “${title}”`)).toBeVisible();
    const card = page
      .getByRole('list', { name: 'Scheduled sessions' })
      .getByRole('listitem')
      .filter({ hasText: title });
    await expect(card).toContainText('In-person lab');
    await expect(card).toContainText('0 of 1 seat taken');
    await finish(page, 'live-teach-scheduled');
  });

  const one = await phone(browser, baseURL!);
  await test.step('a learner on a phone takes the seat and sees it', async () => {
    await signIn(one.page, first.email, first.password, `/live?course=${course.courseId}`);
    await expect(
      one.page.getByText(`Times are shown in your time zone, ${LEARNER_ZONE}.`),
    ).toBeVisible();
    const card = one.page.getByRole('listitem').filter({ hasText: title });
    await expect(card).toContainText('Front Range Physio, 12 Main St, Denver, CO');
    await expect(card).toContainText('1 of 1 seat left');
    // Denver's time, named: 9:00 where the instructor's browser is need not be 9:00 here.
    await expect(card).toContainText(/M[SD]T/);
    await expect(card).toContainText('Register or cancel until');
    await card.getByRole('button', { name: `Register: ${title}` }).click();
    await expect(card).toContainText('You have a seat');
    await expect(card).toContainText('Full');
    await expectNoSeriousA11yViolations(one.page, 'live sessions on a phone');
    await noSidewaysScroll(one.page, 'live sessions');
    await screenshot(one.page, 'live-learner-seat-390x844');
  });

  const two = await phone(browser, baseURL!);
  await test.step('with the lab full, a second learner joins the waitlist from the course page', async () => {
    await signIn(two.page, second.email, second.password, `/courses/${course.slug}`);
    const section = two.page.getByRole('region', { name: 'Live sessions' });
    const card = section.getByRole('listitem').filter({ hasText: title });
    await expect(card).toContainText('Full');
    await card.getByRole('button', { name: `Join the waitlist: ${title}` }).click();
    await expect(card).toContainText('Waitlist place 1');
    await expectNoSeriousA11yViolations(two.page, 'course page with its live sessions');
    await noSidewaysScroll(two.page, 'course page');
  });

  await test.step('the first learner gives up the seat; the second is promoted', async () => {
    const card = one.page.getByRole('listitem').filter({ hasText: title });
    await card.getByRole('button', { name: `Cancel my seat: ${title}` }).click();
    const dialog = one.page.getByRole('dialog', { name: 'Give up your seat?' });
    await expect(dialog).toContainText('goes to the first learner on the waitlist');
    await dialog.getByRole('button', { name: 'Give up my seat' }).click();
    await expect(dialog).toBeHidden();
    await expect(card).not.toContainText('You have a seat');
    // The freed seat went to the waitlist at once, so a newcomer would wait.
    await expect(card.getByRole('button', { name: `Join the waitlist: ${title}` })).toBeVisible();

    await two.page.reload();
    const promoted = two.page
      .getByRole('region', { name: 'Live sessions' })
      .getByRole('listitem')
      .filter({ hasText: title });
    await expect(promoted).toContainText('You have a seat');
    await expect(promoted.getByRole('button', { name: `Cancel my seat: ${title}` })).toBeVisible();
    await screenshot(two.page, 'live-learner-promoted-390x844');
  });

  await test.step('the instructor sees the registration and can cancel the session', async () => {
    await page.reload();
    const card = page
      .getByRole('list', { name: 'Scheduled sessions' })
      .getByRole('listitem')
      .filter({ hasText: title });
    await expect(card).toContainText('1 of 1 seat taken');
    await card.getByRole('button', { name: `Cancel session: ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await expect(card).toContainText('Cancelled');
    await expect(card.getByRole('button', { name: `Cancel session: ${title}` })).toHaveCount(0);

    await two.page.reload();
    const cancelled = two.page
      .getByRole('region', { name: 'Live sessions' })
      .getByRole('listitem')
      .filter({ hasText: title });
    await expect(cancelled).toContainText('Cancelled');
    await expect(cancelled.getByRole('button')).toHaveCount(0);
    await finish(two.page, 'live-learner-cancelled-390x844');
  });

  expect(one.violations, 'what the content security policy blocked').toEqual([]);
  expect(two.violations, 'what the content security policy blocked').toEqual([]);
  await one.context.close();
  await two.context.close();
});
