import { randomBytes } from 'node:crypto';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish } from './support/a11y.js';
import { submitDraftCourse } from './support/clinic.js';
import { createShortCourse, earnCertificate, registerLearner } from './support/courses.js';

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
  const versionId = await submitDraftCourse(instructor, title);

  await signIn(page, DEMO.admin.email, DEMO.admin.password, '/admin/reviews');
  const entry = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title }) });
  await expect(entry.getByText('Imani Okafor', { exact: false })).toBeVisible();
  await entry.getByRole('link', { name: `Read ${title}, version 1` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title}, version 1` })).toBeVisible();
  await page.getByText('Lesson 1: Palpating the spinous processes').click();
  await expect(page.getByText('the iliac crests mark L4')).toBeVisible();

  await page.getByRole('button', { name: `Send back ${title}, version 1` }).click();
  await page.getByRole('button', { name: 'Send back to authors' }).click();
  await expect(page.getByText('Write what the authors must change.')).toBeVisible();
  await page
    .getByLabel('Comment for the authors')
    .fill('Add the contraindications before the technique.');
  await page.getByRole('button', { name: 'Send back to authors' }).click();
  await expect(page.getByText(`Sent ${title}, version 1 back to its authors.`)).toBeVisible();
  await expect(page.getByText(/^\W*Draft$/)).toBeVisible();

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
  await page.getByRole('button', { name: 'Record approval' }).click();
  await expect(
    page.getByText('Approval TX-2026-0142 by Texas Board of Physical Therapy is recorded.'),
  ).toBeVisible();
  await expect(
    page.getByRole('rowheader', { name: 'Texas Board of Physical Therapy' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'approvals');

  await page.goto('/admin/users?q=learner%40fascicle.test');
  const learnerRow = page.getByRole('row').filter({ hasText: 'learner@fascicle.test' });
  await learnerRow.getByRole('button', { name: /Change the roles of/ }).click();
  await expect(page.getByRole('group', { name: /Roles of/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'users');
});
