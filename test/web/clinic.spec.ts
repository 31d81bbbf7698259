import { randomBytes } from 'node:crypto';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish } from './support/a11y.js';
import { invitationToken } from './support/clinic.js';
import { createShortCourse, earnCertificate, registerLearner } from './support/courses.js';

test('a clinic admin invites a member and sees the roster', async ({ page, browser, api }) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const owner = await registerLearner(api, 'Jordan Blake, DPT');
  const member = await registerLearner(api, 'Sam Ortiz, PT');
  // The member earns the clinic's required certificate meanwhile (about a minute of seat time).
  const certificate = earnCertificate(member.client, course);

  // The clinic admin creates the clinic and requires the course.
  const clinicName = `Front Range Physio ${randomBytes(2).toString('hex')}`;
  await signIn(page, owner.email, owner.password, '/clinics');
  await expect(page.getByText('You belong to no clinic yet.', { exact: false })).toBeVisible();
  await page.getByLabel('Clinic name').fill(clinicName);
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: clinicName })).toBeVisible();
  await expect(page.getByText('Your clinic requires no credential yet.')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Clinic' })
    .getByRole('link', { name: 'Required credentials' })
    .click();
  await page.getByLabel('Name').fill('Needling safety refresher');
  await page.getByLabel('A single course').check();
  await page.getByLabel('Course', { exact: true }).selectOption({ label: course.title });
  await page.getByRole('button', { name: 'Require this credential' }).click();
  await expect(page.getByText('“Needling safety refresher” is now required.')).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Needling safety refresher' }),
  ).toBeVisible();

  await expectNoSeriousA11yViolations(page, 'required credentials');

  // Invite the member by email.
  await page
    .getByRole('navigation', { name: 'Clinic' })
    .getByRole('link', { name: 'Members and invitations' })
    .click();
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Type the email address to invite.')).toBeVisible();
  await page.getByLabel('Email address').fill(member.email);
  await page.getByLabel('Role').selectOption('STAFF');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(
    page.getByText(`${member.email} as staff: pending until they accept`, { exact: false }),
  ).toBeVisible();

  await expect(page.getByRole('row').filter({ hasText: owner.email })).toContainText(
    'Clinic admin',
  );
  await expectNoSeriousA11yViolations(page, 'members');

  // The member follows the emailed link, signs in, comes back and accepts.
  const token = await invitationToken(member.email);
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await memberPage.goto(`/invitations/accept?token=${token}`);
  await memberPage.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await memberPage.getByLabel('Email').fill(member.email);
  await memberPage.getByLabel('Password').fill(member.password);
  await memberPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(memberPage).toHaveURL(/\/invitations\/accept\?token=/);
  await memberPage.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(
    memberPage.getByRole('heading', { level: 1, name: `You joined ${clinicName}` }),
  ).toBeVisible();
  await memberPage.getByRole('link', { name: `Open ${clinicName}` }).click();
  await expect(memberPage.getByText(`You are a staff member of ${clinicName}`)).toBeVisible();
  await memberContext.close();

  // The roster shows the member with the state of the required certificate.
  const code = await certificate;
  await page
    .getByRole('navigation', { name: 'Clinic' })
    .getByRole('link', { name: 'Compliance' })
    .click();
  const roster = page.getByRole('list', { name: 'Staff roster' });
  const card = (name: string) =>
    roster.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  const row = card('Sam Ortiz, PT');
  await expect(row.getByText(/^\W*Valid$/)).toBeVisible();
  await expect(row.getByRole('link', { name: `Verify certificate ${code}` })).toHaveAttribute(
    'href',
    `/verify/${code}`,
  );
  const owners = card('Jordan Blake, DPT');
  await expect(owners.getByText(/^\W*Missing$/)).toBeVisible();
  // The chart's numbers are text: one valid cell (the member), one missing (the admin).
  const chart = page.getByRole('figure');
  await expect(chart.getByRole('row').filter({ hasText: 'Valid' })).toContainText('1 (50%)');
  await expect(chart.getByRole('row').filter({ hasText: 'Missing' })).toContainText('1 (50%)');

  // Filter: only members missing something.
  await page.getByLabel('Show members with').selectOption('MISSING');
  await expect(page).toHaveURL(/status=MISSING/);
  await expect(row).toBeHidden();
  await expect(owners).toBeVisible();
  await page.getByLabel('Show members with').selectOption('');
  await expect(row).toBeVisible();

  await page.setViewportSize({ width: 375, height: 900 });
  await finish(page, 'clinic');
});
