import { DEMO, expect, signIn, test } from './fixtures.js';
import { checkBothSizes, expectNoSeriousA11yViolations } from './support/a11y.js';
import { clinicWithStaff, invitationToken } from './support/clinic.js';
import { createShortCourse, earnCertificate, registerLearner } from './support/courses.js';

/**
 * The journeys' server has the demo accounts but not the demo clinic (no curriculum seed), so
 * the clinic is made here: everyone holds a Colorado license; one member has training on
 * record (Colorado's rule on record is incomplete: "check with the board"), the others have
 * none (training missing).
 */
test('a clinic admin sets the clinic’s state and filters the roster by "eligible to needle here"', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const clinic = await clinicWithStaff(api); // Jordan Blake (admin) and Sam Ortiz (staff)
  await earnCertificate(clinic.member.client, course);
  const riley = await registerLearner(api, 'Riley Chen, PT');
  await clinic.owner.client.ok(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
    { input: { organizationId: clinic.id, email: riley.email, role: 'STAFF' } },
  );
  await riley.client.ok(`mutation ($token: String!) { acceptInvitation(token: $token) { id } }`, {
    token: await invitationToken(riley.email),
  });

  await signIn(page, clinic.owner.email, clinic.owner.password, `/clinics/${clinic.id}`);
  await expect(page.getByRole('heading', { level: 1, name: clinic.name })).toBeVisible();

  await test.step('the admin sets the clinic’s state to Colorado', async () => {
    const form = page.getByRole('form', { name: 'The clinic’s state' });
    await form.getByLabel('State the clinic practises in').selectOption('CO');
    await form.getByRole('button', { name: 'Save the state' }).click();
    await expect(form.getByText('Your clinic practises in Colorado')).toBeVisible();
  });

  const roster = page.getByRole('list', { name: 'Staff roster' });
  const card = (name: string) => roster.getByRole('listitem').filter({ hasText: name });
  await test.step('each member’s answer for Colorado, with the checked date and reminder', async () => {
    await expect(roster.getByText('Dry needling in CO:')).toHaveCount(3);
    await expect(card('Sam Ortiz')).toContainText('Check with the board');
    await expect(card('Riley Chen')).toContainText('Requirements missing');
    await expect(card('Riley Chen')).toContainText('Missing:');
    const footnote = page.locator('.roster-reminder');
    await expect(footnote).toContainText(/Rules checked on: (?!no rule)/);
    await expect(footnote).toContainText(/the state board decides who may dry needle/);
  });
  await expectNoSeriousA11yViolations(page, 'roster with eligibility');

  await test.step('"Eligible to needle here" narrows the list', async () => {
    await page
      .getByLabel('Eligible to needle here')
      .selectOption({ label: 'Eligible (or check with the board)' });
    await expect(page).toHaveURL(/eligible=yes/);
    // The new list first (the old one goes while it loads), then who is gone from it.
    await expect(page.getByText('1 member shown')).toBeAttached();
    await expect(card('Sam Ortiz')).toBeVisible();
    await expect(card('Riley Chen')).toHaveCount(0);
    await expect(card('Jordan Blake')).toHaveCount(0);
  });

  await test.step('and "Not eligible" shows the others', async () => {
    await page.getByLabel('Eligible to needle here').selectOption({ label: 'Not eligible' });
    await expect(page.getByText('2 members shown')).toBeAttached();
    await expect(card('Riley Chen')).toBeVisible();
    await expect(card('Jordan Blake')).toBeVisible();
    await expect(card('Sam Ortiz')).toHaveCount(0);
  });

  await checkBothSizes(page, 'clinic-eligibility');
});

/**
 * The same filter on the seeded demo clinic (Front Range Physical Therapy, state CO). The
 * journeys' own server has no curriculum seed (three minutes on two cores), so this runs only
 * against a server started with it: FASCICLE_DEMO_WEB_URL=http://… npx playwright test
 * test/web/clinic-eligibility.spec.ts. It holds to what the seed promises (the clinic in CO,
 * Ethan Brooks not started), not to every member's answer, which the seed may change.
 */
const DEMO_WEB_URL = process.env['FASCICLE_DEMO_WEB_URL'];
test('the demo clinic admin filters the demo roster by "eligible to needle here"', async ({
  page,
}) => {
  test.skip(!DEMO_WEB_URL, 'needs a server with the demo seed: set FASCICLE_DEMO_WEB_URL');
  await page.goto(`${DEMO_WEB_URL}/sign-in?next=%2Fclinics`);
  await page.getByLabel('Email').fill('clinic-admin@fascicle.test');
  await page.getByLabel('Password').fill('demo-clinic-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: /Front Range Physical Therapy/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Front Range Physical Therapy/ }),
  ).toBeVisible();

  const roster = page.getByRole('list', { name: 'Staff roster' });
  const cards = roster.getByRole('listitem').filter({ hasText: 'Dry needling in CO:' });
  const card = (name: string) => roster.getByRole('listitem').filter({ hasText: name });
  await expect(cards.first()).toBeVisible();
  await expect(card('Ethan Brooks')).toContainText('Requirements missing');
  await expect(card('Ava Thompson')).toContainText('Check with the board');
  const missing = cards.filter({ hasText: 'Requirements missing' });
  expect(await missing.count()).toBeGreaterThan(0);
  const everyone = await cards.count();
  await expect(page.locator('.roster-reminder')).toContainText(/Rules checked on: (?!no rule)/);

  await page
    .getByLabel('Eligible to needle here')
    .selectOption({ label: 'Eligible (or check with the board)' });
  await expect(page).toHaveURL(/eligible=yes/);
  // The narrowed list has loaded when fewer members are shown; then who is gone from it.
  await expect
    .poll(async () => {
      const shown = await cards.count();
      return shown > 0 && shown < everyone;
    })
    .toBe(true);
  await expect(card('Ava Thompson')).toBeVisible();
  await expect(card('Ethan Brooks')).toHaveCount(0);
  await expect(missing).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'demo roster, eligible only');
});
