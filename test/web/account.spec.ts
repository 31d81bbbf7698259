import { expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish } from './support/a11y.js';
import { registerLearner } from './support/courses.js';
import { latestMail } from './support/mail.js';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

test('a forgotten password is reset by email, then changed on the account page', async ({
  page,
  api,
}) => {
  const learner = await registerLearner(api, 'Morgan Reyes, PT');
  const resetTo = 'a brand new passphrase';
  const changedTo = 'another fresh passphrase';
  const loginCode = async (password: string) =>
    (await api.request(LOGIN, { input: { email: learner.email, password } })).errors?.[0]
      ?.extensions?.code ?? 'OK';

  await test.step('ask for a link from the sign-in page', async () => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'forgot password');
    await page.getByLabel('Email').fill(learner.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect(
      page.getByText(`If an account uses ${learner.email}, we sent it a link (valid 30 minutes)`),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'reset link sent');
  });

  const link = await latestMail(learner.email, 'Reset your Fascicle password');

  await test.step('open the link and choose a new password', async () => {
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    // The token is read, then taken out of the address bar.
    await expect(page).toHaveURL(/\/reset-password$/);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(page.locator('.field-error')).toContainText(/12/);
    await expectNoSeriousA11yViolations(page, 'reset password');
    await page.getByLabel('New password').fill(resetTo);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(
      page.getByText('Your password is changed. Sign in with the new one.'),
    ).toBeVisible();
  });

  await test.step('the old password is refused, the new one signs in', async () => {
    await page.getByLabel('Email').fill(learner.email);
    await page.getByLabel('Password').fill(learner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Email or password is not correct')).toBeVisible();
    await page.getByLabel('Password').fill(resetTo);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/learning$/);
  });

  await test.step('the reset link works once', async () => {
    await page.goto(link);
    // Signed in again from the cookie: wait for it before anything navigates.
    const accountLink = page.getByRole('link', { name: /Morgan Reyes, PT/ });
    await expect(accountLink).toBeVisible();
    await page.getByLabel('New password').fill('one passphrase too many');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(
      page.getByText('This reset link has expired or was already used: ask for a new one'),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'reset link already used');
    expect(await loginCode(resetTo)).toBe('OK');
  });

  await test.step('change the password on the account page: the session ends', async () => {
    await page.getByRole('link', { name: /Morgan Reyes, PT/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.locator('.badge', { hasText: 'Confirmed' })).toBeVisible();
    await page.getByLabel('Current password').fill('not the passphrase');
    await page.getByLabel('New password').fill(changedTo);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('The current password is not correct')).toBeVisible();
    await finish(page, 'account');
    await page.getByLabel('Current password').fill(resetTo);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(
      page.getByText(
        'Your password is changed, and every device was signed out. Sign in with the new password.',
      ),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'signed out after the change');
    expect(await loginCode(resetTo)).toBe('UNAUTHENTICATED');
  });

  await test.step('the newest password signs in; sign out everywhere', async () => {
    await signIn(page, learner.email, changedTo, '/account');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(
      page.getByText('You are signed out on every device, this one included.'),
    ).toBeVisible();
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  });
});
