import { randomBytes } from 'node:crypto';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish } from './support/a11y.js';
import { createShortCourse, earnCertificate, registerLearner } from './support/courses.js';
import { submittedDraft } from './support/teach.js';

test('an admin revokes a certificate and verification then says REVOKED', async ({ page, api }) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const learner = await registerLearner(api, 'Casey Moreno, PT');
  const code = await earnCertificate(learner.client, course);

  await signIn(page, DEMO.admin.email, DEMO.admin.password, '/admin');
  await page.getByRole('link', { name: 'Revoke a certificate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revoke a certificate' })).toBeVisible();
  await page.getByLabel('Certificate code').fill(code);
  await page.getByRole('button', { name: 'Look up' }).click();

  // What verification says before anything changes: the admin sees whose certificate it is.
  await expect(page.getByText('Casey Moreno, PT (license CO PT-556677)')).toBeVisible();
  await expect(page.getByText(/^\W*VALID$/)).toBeVisible();

  // The reason is required: an empty one changes nothing.
  await page.getByRole('button', { name: 'Revoke certificate' }).click();
  await expect(page.getByText('Give the reason for revoking.')).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page
    .getByLabel('Reason for revoking')
    .fill('Issued in error: the attendance record was wrong.');
  await page.getByRole('button', { name: 'Revoke certificate' }).click();
  const dialog = page.getByRole('dialog', { name: `Revoke certificate ${code}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText(`Certificate ${code} is revoked.`)).toBeVisible();
  await expect(page.getByText(/^\W*REVOKED$/)).toBeVisible();
  await expect(page.getByText('This certificate is already revoked.')).toBeVisible();

  // Anyone who checks the code now sees it revoked.
  await page.getByRole('link', { name: 'Open the public verification page' }).click();
  // A code's check character may be one of * ~ $ = U, which a URL may percent-encode.
  await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe(`/verify/${code}`);
  await expect(page.getByText(/REVOKED/).first()).toBeVisible();
  const { verifyCertificate } = await api.ok<{ verifyCertificate: { status: string } }>(
    `query ($code: String!) { verifyCertificate(code: $code) { status } }`,
    { code },
  );
  expect(verifyCertificate.status).toBe('REVOKED');
  await finish(page, 'admin');
});

test('an admin reads a submitted version and sends it back with a comment', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const title = `Lumbar multifidus ${randomBytes(3).toString('hex')}`;
  const { versionId } = await submittedDraft(instructor, title);

  await signIn(page, DEMO.admin.email, DEMO.admin.password, '/admin/reviews');
  const entry = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title }) });
  await expect(entry.getByText('Imani Okafor', { exact: false })).toBeVisible();
  await entry.getByRole('link', { name: `Read ${title}, version 1` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title}, version 1` })).toBeVisible();
  await page.getByText('Lesson 1: Palpating the spinous processes').click();
  await expect(page.getByText('the iliac crests mark L4')).toBeVisible();
  // The credit report, read-only: an honest draft passes every gate.
  const credit = page.getByRole('region', { name: 'Credit: claimed and supported time' });
  await expect(credit.getByText('The claim is within what the content supports')).toBeVisible();
  await expect(credit.getByText('The version passes every credit gate.')).toBeVisible();
  await expect(page.getByText('Imani Okafor, PT, DPT · Author', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: `Send back ${title}, version 1` }).click();
  await page.getByRole('button', { name: 'Send back to authors' }).click();
  await expect(page.getByText('Write what the authors must change.')).toBeVisible();
  await page
    .getByLabel('Comment for the authors')
    .fill('Add the contraindications before the technique.');
  await page.getByRole('button', { name: 'Send back to authors' }).click();
  await expect(page.getByText(`Sent ${title}, version 1 back to its authors.`)).toBeVisible();
  // Sent back, as its authors see it; the badge's icon (\W) comes before the words.
  await expect(page.getByText(/^\W*Sent back$/)).toBeVisible();

  const { courseVersion } = await instructor.ok<{
    courseVersion: { status: string; reviewComment: string };
  }>(`query ($id: ID!) { courseVersion(id: $id) { status reviewComment } }`, { id: versionId });
  expect(courseVersion).toEqual({
    status: 'DRAFT',
    reviewComment: 'Add the contraindications before the technique.',
  });
  await page.goto('/admin/reviews');
  await expect(page.getByText('Loading the review queue')).toBeHidden();
  await expect(page.getByRole('heading', { name: title })).toBeHidden();
  await expectNoSeriousA11yViolations(page, 'review queue');
});

test('the other admin screens load and pass axe', async ({ page, api }) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);

  await signIn(page, DEMO.admin.email, DEMO.admin.password, '/admin');
  await expectNoSeriousA11yViolations(page, 'admin home');

  await page.getByRole('link', { name: 'Accreditation approvals' }).click();
  await page.getByRole('searchbox', { name: 'Course' }).fill(course.title);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: `Approvals of ${course.title}` }).click();
  await expect(page.getByRole('cell', { name: /^CO-/ })).toBeVisible();
  await page.getByRole('button', { name: 'Record approval' }).click();
  await expect(page.getByText('Name the board or accrediting body.')).toBeVisible();
  await page.getByLabel('Board or accrediting body').fill('Texas Board of Physical Therapy');
  await page.getByLabel('Approval number').fill('TX-2026-0142');
  await page.getByLabel('Valid from').fill('2026-01-01');
  // Texas counts 50-minute contact hours in half-hour steps.
  await page.getByLabel('Contact hour').selectOption('50');
  await page.getByLabel('Smallest step of credit').selectOption('0.5');
  await page.getByRole('button', { name: 'Record approval' }).click();
  await expect(
    page.getByText('Approval TX-2026-0142 by Texas Board of Physical Therapy is recorded.'),
  ).toBeVisible();
  await expect(
    page.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'Texas Board of Physical Therapy' }),
    }),
  ).toContainText('50-minute hours, in steps of 0.5');
  await expectNoSeriousA11yViolations(page, 'approvals');

  // Extra attempts and time for one learner on the course's quiz, with the reason.
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Quiz accommodations' }).click();
  await page.getByRole('searchbox', { name: 'Course' }).fill(course.title);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: `Quizzes of ${course.title}` }).click();
  await page.getByRole('link', { name: 'Accommodations on Safety check' }).click();
  await expect(page.getByText('No learner has an accommodation on this quiz.')).toBeVisible();
  await page.getByRole('button', { name: 'Grant accommodation' }).click();
  await expect(page.getByText('Find the learner and choose them')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Email or name' }).fill('learner@fascicle.test');
  await page.getByRole('button', { name: 'Find learner' }).click();
  await page.getByRole('radio', { name: /learner@fascicle\.test/ }).check();
  await page.getByLabel('Extra attempts').fill('1');
  await page.getByLabel('Extra time (%)').fill('50');
  await page
    .getByLabel('Reason')
    .fill('Documented learning disability: time and a half, one more try.');
  await page.getByRole('button', { name: 'Grant accommodation' }).click();
  await expect(page.getByText(/^Accommodation granted to /)).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'Documented learning disability' }),
  ).toContainText('50%');
  await expectNoSeriousA11yViolations(page, 'accommodations');

  await page.goto('/admin/users?q=learner%40fascicle.test');
  const learnerRow = page.getByRole('row').filter({ hasText: 'learner@fascicle.test' });
  await learnerRow.getByRole('button', { name: /Change the roles of/ }).click();
  await expect(page.getByRole('group', { name: /Roles of/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'users');
});

test('an admin publishes a version that fails the credit gates only with a written override', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const adminApi = await api.login(DEMO.admin.email, DEMO.admin.password);
  const title = `Lumbar landmarks overclaimed ${randomBytes(3).toString('hex')}`;
  // Eight hours for a lesson of a few words and two questions; let into review by an admin.
  const { versionId } = await submittedDraft(instructor, title, undefined, {
    admin: adminApi,
    creditMinutes: 480,
  });

  await signIn(page, DEMO.admin.email, DEMO.admin.password, `/admin/reviews/${versionId}`);
  await expect(page.getByRole('heading', { level: 1, name: `${title}, version 1` })).toBeVisible();
  const credit = page.getByRole('region', { name: 'Credit: claimed and supported time' });
  await expect(credit.getByText(/Claims \d+ minutes more than the content supports/)).toBeVisible();
  await expect(
    credit.getByRole('row', { name: /Default \(60-minute hours\) 8 contact hours of 60 minutes/ }),
  ).toBeVisible();
  await expect(credit.getByText(/The course claims 480 minutes of instruction/)).toBeVisible();
  // The submission's override is on the review record, with its reason.
  await expect(credit.getByText('Let through at submission')).toBeVisible();
  await expect(
    page.getByText(/fails 1 credit gate: publishing it needs a written override/),
  ).toBeVisible();

  const name = `${title}, version 1`;
  await page.getByRole('button', { name: `Publish ${name}` }).click();
  await page
    .getByRole('dialog', { name: `Publish ${name}?` })
    .getByRole('button', { name: 'Publish' })
    .click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(`Not published: ${name} fails 1 credit gate`);
  await expect(refusal).toContainText('Blocks publication');
  await expect(refusal).toContainText(/The course claims 480 minutes of instruction/);

  const form = page.getByRole('form', { name: `Override the credit gates and publish ${name}` });
  const reason = form.getByLabel('Why credit is justified despite these problems');
  await reason.fill('Too short.');
  await form.getByRole('button', { name: 'Override and publish' }).click();
  await expect(form.getByText(/Write at least 20 characters \(10 so far\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'override form');

  const why =
    'The board approved 8 hours for the live workshop this course accompanies (letter on file).';
  await reason.fill(why);
  await form.getByRole('button', { name: 'Override and publish' }).click();
  await expect(page.getByText(`Published ${name}, overriding the credit gates.`)).toBeVisible();
  await expect(page.getByText(/^\W*Published$/)).toBeVisible();
  await expect(credit.getByText('Let through at publication')).toBeVisible();
  await expect(credit.getByText(why)).toBeVisible();

  const { auditEvents } = await adminApi.ok<{ auditEvents: { action: string; details: string }[] }>(
    `query ($id: ID!) { auditEvents(subjectId: $id) { action details } }`,
    { id: versionId },
  );
  const reasons = auditEvents
    .filter((event) => event.action === 'COURSE_GATES_OVERRIDDEN')
    .map((event) => (JSON.parse(event.details) as { reason: string }).reason);
  expect(reasons).toContain(why);
  await finish(page, 'admin-override');
});
