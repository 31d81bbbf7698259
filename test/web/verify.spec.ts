import { DEMO, expect, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish, screenshot } from './support/a11y.js';
import { createShortCourse, earnCertificate, registerLearner, SCOPE } from './support/courses.js';

// A verifier on a phone, as when scanning the QR code printed on a certificate.
test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test('anyone verifies a certificate by its code, on a phone, without an account', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const learner = await registerLearner(api, 'Sam Okoro, PT');
  const code = await earnCertificate(learner.client, course);

  await test.step('a mistyped code is caught by its check character', async () => {
    await page.goto('/verify');
    await expect(page.getByRole('heading', { name: 'Verify a certificate' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'verify entry');
    const mistyped = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    await page.getByLabel('Certificate code').fill(mistyped);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByText('NOT FOUND', { exact: true })).toBeVisible();
    await expect(page.getByText(/typing mistake/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'verify not found');
  });

  await test.step('the code as a person types it: lower case, spaces', async () => {
    await page.goto('/verify');
    await page.getByLabel('Certificate code').fill(code.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByText('VALID', { exact: true })).toBeVisible();
    await expect(page.getByText('Sam Okoro, PT')).toBeVisible();
    await expect(page.getByText(course.title)).toBeVisible();
    await expect(page.getByText('PT-556677 (CO)')).toBeVisible();
    // What the certificate attests, and how its minutes split, for the verifier too.
    await expect(page.getByText('What this certifies: Didactic coursework')).toBeVisible();
    await expect(page.getByText(SCOPE)).toBeVisible();
    await expect(
      page.getByText('Self-paced online: 15 min · Live or in-person: 0 min'),
    ).toBeVisible();
    await expect(
      page.getByText(
        `Colorado Physical Therapy Board, approval ${course.approvalNumber}: 0.25 contact hours of 60 minutes`,
      ),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'verify valid');
    // Nothing wider than the phone's screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'verify-valid');
  });

  await test.step('the QR link opens the page; programs still get JSON there', async () => {
    const json = await page.request.get(`/verify/${code}`, {
      headers: { accept: 'application/json' },
    });
    expect(await json.json()).toMatchObject({ status: 'VALID', code });
    await page.goto(`/verify/${code}`);
    await expect(page.getByText('VALID', { exact: true })).toBeVisible();
  });

  await test.step('a revocation shows at once', async () => {
    await admin.ok(
      `mutation ($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
      { input: { code, reason: 'Issued in error (test)' } },
    );
    await page.reload();
    await expect(page.getByText('REVOKED', { exact: true })).toBeVisible();
    await expect(page.getByText('Revoked on')).toBeVisible();
    await expect(page.getByText('Issued in error')).toHaveCount(0);
  });

  await finish(page, 'verify');
});
