import { randomBytes } from 'node:crypto';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish } from './support/a11y.js';
import {
  clinicWithStaff,
  createProgram,
  invitationToken,
  requireCredential,
} from './support/clinic.js';
import { createShortCourse, earnCertificate, registerLearner } from './support/courses.js';

test('a clinic admin invites a member and sees the roster', async ({ page, browser, api }) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const owner = await registerLearner(api, 'Jordan Blake, DPT');
  const member = await registerLearner(api, 'Sam Ortiz, PT');
  // The member has already earned the certificate the clinic is about to require.
  const code = await earnCertificate(member.client, course);

  // The clinic admin creates the clinic and requires the course.
  const clinicName = `Front Range Physio ${randomBytes(2).toString('hex')}`;
  await signIn(page, owner.email, owner.password, '/clinics');
  await expect(page.getByText('You belong to no clinic yet.', { exact: false })).toBeVisible();
  await page.getByLabel('Clinic name').fill(clinicName);
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: clinicName })).toBeVisible();
  await expect(page.getByText('Your clinic requires no credential yet.')).toBeVisible();
  const clinicUrl = new URL(page.url()).pathname;

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
  await expect(page.getByText('No invitation is waiting for an answer.')).toBeVisible();
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Type the email address to invite.')).toBeVisible();
  await page.getByLabel('Email address').fill(member.email);
  await page.getByLabel('Role').selectOption('STAFF');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${member.email} as staff.`)).toBeVisible();
  const pending = page.getByRole('list', { name: 'Pending invitations' });
  const invited = (email: string) => pending.getByRole('listitem').filter({ hasText: email });
  await expect(invited(member.email)).toContainText('Staff');

  // Inviting the same address again resends: one pending invitation, the first link void.
  const firstToken = await invitationToken(member.email);
  await page.getByLabel('Email address').fill(member.email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(
    page.getByText(`Invitation sent again to ${member.email}; the earlier link no longer works.`),
  ).toBeVisible();
  await expect(invited(member.email)).toHaveCount(1);
  await expect.poll(() => invitationToken(member.email)).not.toBe(firstToken);

  // A mistyped address is invited too, listed first (newest), then withdrawn.
  const typo = `sam.ortiz-${randomBytes(2).toString('hex')}@exmaple.com`;
  await page.getByLabel('Email address').fill(typo);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(pending.getByRole('listitem').first()).toContainText(typo);
  await expect(invited(member.email)).toBeVisible();
  await page.getByRole('button', { name: `Withdraw the invitation to ${typo}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Withdraw this invitation?' });
  await expect(dialog).toContainText(`The link emailed to ${typo} stops working`);
  await expectNoSeriousA11yViolations(page, 'withdraw invitation');
  await dialog.getByRole('button', { name: 'Withdraw invitation' }).click();
  await expect(page.getByText(`Withdrew the invitation to ${typo}.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(invited(typo)).toHaveCount(0);
  await expect(invited(member.email)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pending invitations' })).toBeFocused();

  const members = page.getByRole('list', { name: 'Members' });
  const ownerItem = members.getByRole('listitem').filter({ hasText: owner.email });
  await expect(ownerItem).toContainText('Clinic admin');
  // A clinic's creator runs it and is not required to hold its credentials until they say so.
  await expect(ownerItem).toContainText('Not required to hold the required credentials');
  await expectNoSeriousA11yViolations(page, 'members');

  // The withdrawn link says so; the member's link names the clinic before anyone signs in.
  const withdrawnToken = await invitationToken(typo);
  const token = await invitationToken(member.email);
  const link = `/invitations/accept?token=${token}`;
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  for (const voided of [withdrawnToken, firstToken]) {
    await memberPage.goto(`/invitations/accept?token=${voided}`);
    await expect(
      memberPage.getByRole('heading', { level: 1, name: 'This invitation link does not work' }),
    ).toBeVisible();
  }
  await memberPage.goto(link);
  await expect(
    memberPage.getByRole('heading', { level: 1, name: `Join ${clinicName}` }),
  ).toBeVisible();
  await expect(
    memberPage.getByText(`${clinicName} invites you to join as staff; sent to ${member.email}.`),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(memberPage, 'invitation preview');

  // Someone signed in with another account is told before they can try.
  await page.goto(link);
  await expect(page.getByText('This invitation is for another account')).toBeVisible();
  await expect(page.getByText(`but you are signed in as ${owner.email}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept invitation' })).toHaveCount(0);

  // The member signs in, comes back and accepts.
  await memberPage.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await memberPage.getByLabel('Email').fill(member.email);
  await memberPage.getByLabel('Password').fill(member.password);
  await memberPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(memberPage).toHaveURL(/\/invitations\/accept\?token=/);
  await expect(memberPage.getByText(`Signed in as ${member.email}.`)).toBeVisible();
  await memberPage.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(
    memberPage.getByRole('heading', { level: 1, name: `You joined ${clinicName}` }),
  ).toBeVisible();
  await memberPage.getByRole('link', { name: `Open ${clinicName}` }).click();
  await expect(memberPage.getByText(`You are a staff member of ${clinicName}`)).toBeVisible();
  // The link works once.
  await memberPage.goto(link);
  await expect(
    memberPage.getByRole('heading', { level: 1, name: 'This invitation was already accepted' }),
  ).toBeVisible();
  await memberContext.close();

  // Accepted, the invitation leaves the pending list and the member joins the members.
  await page.goto(`${clinicUrl}/members`);
  const joined = members.getByRole('listitem').filter({ hasText: member.email });
  await expect(joined).toContainText('Staff');
  await expect(joined).toContainText('joined');
  await expect(joined).toContainText('Must hold the required credentials');
  await expect(page.getByText('No invitation is waiting for an answer.')).toBeVisible();

  // On a phone the members read without scrolling sideways; their actions stay reachable.
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 900 });
  await expect(
    joined.getByRole('button', { name: 'Make Sam Ortiz, PT clinic admin' }),
  ).toBeVisible();
  await expect(joined.getByRole('button', { name: 'Remove Sam Ortiz, PT' })).toBeVisible();
  await expect(
    joined.getByRole('button', {
      name: 'Stop requiring Sam Ortiz, PT to hold the required credentials',
    }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(
    375,
  );
  await expectNoSeriousA11yViolations(page, 'members at 375 px');
  if (desktop) await page.setViewportSize(desktop);

  // The roster shows the member with the state of the required certificate.
  await page
    .getByRole('navigation', { name: 'Clinic' })
    .getByRole('link', { name: 'Compliance' })
    .click();
  const roster = page.getByRole('list', { name: 'Staff roster' });
  const card = (name: string) =>
    roster.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  const row = card('Sam Ortiz, PT');
  await expect(row.getByText(/^\W*Valid$/)).toBeVisible();
  // Compared decoded: a check character may be $ or =, which the link encodes.
  const verifyLink = row.getByRole('link', { name: `Verify certificate ${code}` });
  await expect(verifyLink).toBeVisible();
  expect(decodeURIComponent((await verifyLink.getAttribute('href')) ?? '')).toBe(`/verify/${code}`);
  // The admin holds no license and is not required to hold the credential: listed, not counted.
  const owners = card('Jordan Blake, DPT');
  await expect(owners.getByText(/^\W*Not required$/)).toBeVisible();
  await expect(owners).toContainText('Not required to hold the credentials: not counted');
  // The chart's numbers are text: one valid cell (the member), and nothing missing.
  const chart = page.getByRole('figure');
  const chartRow = (state: string) => chart.getByRole('row').filter({ hasText: state });
  await expect(chartRow('Valid')).toContainText('1 (100%)');
  await expect(chartRow('Missing')).toContainText('0 (0%)');
  await page.getByLabel('Show members with').selectOption('MISSING');
  await expect(page.getByText('No member has a credential in the state “Missing”.')).toBeVisible();
  await page.getByLabel('Show members with').selectOption('NOT_REQUIRED');
  await expect(owners).toBeVisible();
  await expect(row).toBeHidden();
  await page.getByLabel('Show members with').selectOption('');
  await expect(row).toBeVisible();

  // The admin practises after all: required from now on, they count as missing it.
  await page
    .getByRole('navigation', { name: 'Clinic' })
    .getByRole('link', { name: 'Members and invitations' })
    .click();
  await ownerItem
    .getByRole('button', {
      name: 'Require Jordan Blake, DPT to hold the required credentials',
    })
    .click();
  await expect(ownerItem).toContainText('Must hold the required credentials');
  await expect(
    ownerItem.getByRole('button', {
      name: 'Stop requiring Jordan Blake, DPT to hold the required credentials',
    }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Clinic' })
    .getByRole('link', { name: 'Compliance' })
    .click();
  await expect(owners.getByText(/^\W*Missing$/)).toBeVisible();
  await expect(chartRow('Valid')).toContainText('1 (50%)');
  await expect(chartRow('Missing')).toContainText('1 (50%)');

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

test('a member leaves a clinic; its last admin cannot', async ({ page, api }) => {
  const clinic = await clinicWithStaff(api);

  // The last admin is told why they cannot leave, and stays.
  await signIn(page, clinic.owner.email, clinic.owner.password, `/clinics/${clinic.id}`);
  await page.getByRole('button', { name: 'Leave this clinic' }).click();
  await page
    .getByRole('dialog', { name: `Leave ${clinic.name}?` })
    .getByRole('button', { name: 'Leave clinic' })
    .click();
  await expect(page.getByRole('alert')).toContainText('An organization keeps at least one admin');
  await expect(page).toHaveURL(new RegExp(`/clinics/${clinic.id}$`));

  // Staff see the clinic in the header's Clinics link and can leave it.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, clinic.member.email, clinic.member.password, '/learning');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clinics' })
    .click();
  await page.getByRole('link', { name: clinic.name }).click();
  await expect(page.getByText(`You are a staff member of ${clinic.name}`)).toBeVisible();
  await page.getByRole('button', { name: 'Leave this clinic' }).click();
  const dialog = page.getByRole('dialog', { name: `Leave ${clinic.name}?` });
  await expect(dialog).toContainText(`${clinic.name} stops seeing your certificates`);
  await expectNoSeriousA11yViolations(page, 'leave clinic');
  await dialog.getByRole('button', { name: 'Leave clinic' }).click();
  await expect(page).toHaveURL(/\/clinics$/);
  await expect(page.getByText('You belong to no clinic yet.', { exact: false })).toBeVisible();

  await page.setViewportSize({ width: 375, height: 900 });
  await finish(page, 'clinic-leave');
});

test('a clinic admin stops requiring a credential; staff see what is required', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const programTitle = `Dry Needling ${randomBytes(2).toString('hex')}`;
  const programId = await createProgram(admin, course.courseId, programTitle);
  const clinic = await clinicWithStaff(api);
  await requireCredential(clinic.owner.client, clinic.id, 'Dry Needling — Level 1', { programId });
  await requireCredential(clinic.owner.client, clinic.id, 'Pneumothorax safety', {
    courseId: course.courseId,
  });

  // The admin sees what meets each requirement, by name.
  await signIn(
    page,
    clinic.owner.email,
    clinic.owner.password,
    `/clinics/${clinic.id}/requirements`,
  );
  const required = page.getByRole('list', { name: 'Required now' });
  const item = (label: string) => required.getByRole('listitem').filter({ hasText: label });
  await expect(item('Dry Needling — Level 1')).toContainText(
    `Credential program: ${programTitle}, earned by completing ${course.title}`,
  );
  await expect(item('Pneumothorax safety')).toContainText(`Course: ${course.title}`);

  // Stop requiring the course, after a confirmation.
  await page.getByRole('button', { name: 'Stop requiring Pneumothorax safety' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop requiring this credential?' });
  await expect(dialog).toContainText('Members are no longer checked for Pneumothorax safety');
  await expectNoSeriousA11yViolations(page, 'stop requiring');
  await dialog.getByRole('button', { name: 'Stop requiring' }).click();
  await expect(page.getByText('“Pneumothorax safety” is no longer required.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(item('Pneumothorax safety')).toHaveCount(0);
  await expect(item('Dry Needling — Level 1')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Required now' })).toBeFocused();

  // The compliance report checks what is left only.
  await page
    .getByRole('navigation', { name: 'Clinic' })
    .getByRole('link', { name: 'Compliance' })
    .click();
  const roster = page.getByRole('list', { name: 'Staff roster' });
  await expect(roster.getByText('Dry Needling — Level 1').first()).toBeVisible();
  await expect(roster.getByText('Pneumothorax safety', { exact: true })).toHaveCount(0);

  // Staff read the requirements without any way to change them.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, clinic.member.email, clinic.member.password, `/clinics/${clinic.id}`);
  await page.getByRole('link', { name: `What ${clinic.name} requires of you` }).click();
  const asked = page.getByRole('list', { name: 'What this clinic requires of you' });
  await expect(asked.getByRole('listitem')).toHaveCount(1);
  await expect(asked).toContainText(`Credential program: ${programTitle}`);
  await expect(asked.getByRole('link', { name: course.title })).toHaveAttribute(
    'href',
    `/courses/${course.slug}`,
  );
  await expect(page.getByRole('button', { name: /Stop requiring/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Require a credential' })).toHaveCount(0);

  await page.setViewportSize({ width: 375, height: 900 });
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(
    375,
  );
  await finish(page, 'clinic-requirements');
});
