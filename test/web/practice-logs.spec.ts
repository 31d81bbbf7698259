import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, screenshot } from './support/a11y.js';
import { clinicWithStaff, createProgram } from './support/clinic.js';
import { createShortCourse, registerLearner } from './support/courses.js';

const PHONE_REFUSED = 'Remove the phone number: the log must not identify the patient';
const NO_QUALIFIED_SUPERVISOR =
  'No supervisor with a recorded qualification uses this email: ask them to record their license and experience on their Confirm page first';

/** A day before today in UTC (the server's clock is never behind the real one). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test('a learner logs a supervised session, and the supervisor they name confirms it', async ({
  page,
  browser,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const programTitle = `Hybrid dry needling ${randomBytes(2).toString('hex')}`;
  await createProgram(admin, course.courseId, programTitle);
  const learner = await registerLearner(api, 'Robin Reyes, PT');
  const supervisor = await registerLearner(api, 'Casey Morgan, DPT');

  // The learner, on a phone, records the session; the form has no patient field and says why.
  // The program's course list does not name the supervisor, so the learner names them by email.
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, learner.email, learner.password, '/practice/supervised');
  const form = page.getByRole('form', { name: 'Record a session' });
  await expect(
    form.getByText('No patient identifiers: the log is what a board sees'),
  ).toBeVisible();
  await form.getByLabel('Program').selectOption({ label: programTitle });
  await form.getByLabel('Date of the session').fill(daysAgo(2));
  await form.getByLabel('Shoulder girdle').check();
  await form.getByLabel('Muscles needled').fill('upper trapezius, levator scapulae');
  await form.getByLabel('Number of needles').fill('4');
  await form.getByLabel('Supervisor', { exact: true }).selectOption({
    label: 'Someone else (by email)',
  });
  const supervisorEmail = form.getByLabel("Supervisor's email");
  await expect(supervisorEmail).toHaveAttribute('type', 'email');
  await supervisorEmail.fill(supervisor.email);
  await form.getByRole('button', { name: 'Record session' }).click();

  // The supervisor has not recorded a qualification yet: the email finds no one.
  await expect(form.getByText(NO_QUALIFIED_SUPERVISOR)).toBeVisible();
  await expect(supervisorEmail).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('You have recorded no supervised session yet.')).toBeVisible();

  // The supervisor, on a tablet, records their qualification.
  const supervisorContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const supervisorPage = await supervisorContext.newPage();
  await signIn(supervisorPage, supervisor.email, supervisor.password, '/practice/confirm');
  await expect(supervisorPage.getByText('No session waits for you.')).toBeVisible();
  await supervisorPage.getByLabel('License state').selectOption('FL');
  await supervisorPage.getByLabel('License number').fill('PT 31415');
  await supervisorPage.getByLabel('Years of dry needling practice').fill('3');
  await supervisorPage.getByLabel('Dry needling sessions of your own').fill('120');
  await supervisorPage.getByLabel('Yes, I meet it').check();
  await supervisorPage.getByRole('button', { name: 'Save qualification' }).click();
  await expect(supervisorPage.getByText('Your qualification is recorded.')).toBeVisible();

  const notes = form.getByLabel('Notes (optional)');
  await notes.fill('Tolerated well; asked to call 303-555-0147 if sore.');
  await form.getByRole('button', { name: 'Record session' }).click();

  // The API refuses the phone number; its message stands beside the notes, and nothing is kept.
  await expect(form.getByText(PHONE_REFUSED)).toBeVisible();
  await expect(notes).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('You have recorded no supervised session yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'supervised session refused');
  await screenshot(page, 'supervised-refused-390x844');

  await notes.fill('Tolerated well; mild soreness expected.');
  await form.getByRole('button', { name: 'Record session' }).click();
  await expect(
    page.getByText('Recorded. It waits for Casey Morgan, DPT to confirm it.'),
  ).toBeVisible();
  await expect(form.getByText(PHONE_REFUSED)).toHaveCount(0);
  await expect(form.getByText(NO_QUALIFIED_SUPERVISOR)).toHaveCount(0);
  const mine = page.getByRole('list', { name: 'My supervised sessions' });
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await expect(mine.getByRole('listitem')).toContainText('Waiting for the supervisor');
  await expect(mine.getByRole('listitem')).toContainText('Casey Morgan, DPT');

  // The supervisor confirms it.
  await supervisorPage.reload();
  const waiting = supervisorPage.getByRole('list', { name: 'Sessions to confirm' });
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  await expect(waiting.getByRole('listitem')).toContainText('Robin Reyes, PT');
  await expect(waiting.getByRole('listitem')).toContainText('upper trapezius, levator scapulae');
  await expectNoSeriousA11yViolations(supervisorPage, 'sessions to confirm');
  await screenshot(supervisorPage, 'sessions-to-confirm-1024x768');
  await waiting
    .getByRole('button', { name: /^Confirm the session of .+ by Robin Reyes, PT$/ })
    .click();
  await expect(
    supervisorPage.getByText(/^Confirmed the session of .+ by Robin Reyes, PT\.$/),
  ).toBeVisible();
  await expect(supervisorPage.getByText('No session waits for you.')).toBeVisible();
  await supervisorContext.close();

  // The learner sees it confirmed, counted toward the program, and in the board's CSV.
  await page.reload();
  await expect(mine.getByRole('listitem')).toContainText('Confirmed');
  await expect(mine.getByRole('listitem')).not.toContainText('Waiting for the supervisor');
  // The program sets no supervisor rule, so the confirmation counts.
  await expect(mine.getByRole('listitem')).toContainText(/Counts toward the program\s*Yes/);
  const counts = page.getByRole('row', { name: new RegExp(programTitle) });
  await expect(counts.getByRole('cell')).toHaveText(['1', '0', '0']);
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await (await csv).path();
  const text = await readFile(file, 'utf8');
  expect(text).toContain(programTitle);
  expect(text).toContain('Casey Morgan, DPT');
  expect(text).toContain('PT 31415');
  await expectNoSeriousA11yViolations(page, 'supervised session confirmed');
  await screenshot(page, 'supervised-confirmed-390x844');
});

test("a clinician logs an adverse event and treatments; the clinic's admin sees the rate", async ({
  page,
  browser,
  api,
}) => {
  const clinic = await clinicWithStaff(api);

  // The staff member, on a tablet held upright, records an event from their own practice.
  await page.setViewportSize({ width: 768, height: 1024 });
  await signIn(page, clinic.member.email, clinic.member.password, '/practice/adverse-events');
  const form = page.getByRole('form', { name: 'Record an event' });
  // Each severity is chosen by its definition, shown beside it.
  await expect(form.getByText(/^Needs further medical care/)).toBeVisible();
  await form.getByLabel('Date of the event').fill(daysAgo(1));
  await form.getByLabel('Mild', { exact: true }).check();
  await form.getByLabel('Type', { exact: true }).selectOption('BRUISING');
  await form.getByLabel('Action taken').fill('Pressure for two minutes.');
  const outcome = form.getByLabel('Outcome');
  await outcome.fill('Resolved; follow-up sent to jane.doe@example.com.');
  await form.getByRole('button', { name: 'Record event' }).click();
  await expect(
    form.getByText('Remove the email address: the log must not identify the patient'),
  ).toBeVisible();
  await expect(outcome).toHaveAttribute('aria-invalid', 'true');
  await outcome.fill('Resolved within a week.');
  await form.getByRole('button', { name: 'Record event' }).click();
  await expect(page.getByText('The event is recorded.')).toBeVisible();
  const mine = page.getByRole('list', { name: 'My adverse events' });
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await expect(mine.getByRole('listitem')).toContainText('Bruising');

  const treatments = page.getByRole('form', { name: 'Record treatments' });
  await treatments.getByLabel('Day', { exact: true }).fill(daysAgo(1));
  await treatments.getByLabel('Dry needling treatments').fill('400');
  await treatments.getByRole('button', { name: 'Record treatments' }).click();
  await expect(page.getByText(/^400 treatments recorded for /)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'adverse events');
  // A learner is neither an instructor nor an admin: no program-wide figures.
  await expect(page.getByRole('heading', { name: 'All clinicians: events by type' })).toHaveCount(
    0,
  );

  // The clinic's admin sees the event, who recorded it, and the rate.
  const adminContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, clinic.owner.email, clinic.owner.password, '/clinics');
  await adminPage.getByRole('link', { name: clinic.name }).click();
  const section = adminPage.getByRole('region', { name: 'Adverse events' });
  await expect(section).toContainText('1 event recorded by your members.');
  await expect(section).toContainText('2.5 per 1,000 treatments');
  await expect(section.getByRole('listitem')).toContainText('Sam Ortiz, PT');
  await expectNoSeriousA11yViolations(adminPage, 'clinic adverse events');
  await adminContext.close();

  // An instructor sees the program-wide figures, small groups hidden.
  const instructorContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const instructorPage = await instructorContext.newPage();
  await signIn(
    instructorPage,
    DEMO.instructor.email,
    DEMO.instructor.password,
    '/practice/adverse-events',
  );
  await expect(
    instructorPage.getByRole('heading', { name: 'All clinicians: events by type' }),
  ).toBeVisible();
  await expect(instructorPage.getByRole('table', { name: 'Events by type' })).toBeVisible();
  await expectNoSeriousA11yViolations(instructorPage, 'adverse event summary');
  await instructorContext.close();
});
