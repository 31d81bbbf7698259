import { expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, checkBothSizes } from './support/a11y.js';
import { registerLearner } from './support/courses.js';

/** The reminder the API sends with every answer (libs/regulation BOARD_REMINDER). */
const BOARD_DECIDES = /the state board decides who may dry needle/;

test('a learner adds a second license and sees where they may dry needle in both states', async ({
  page,
  api,
}) => {
  // Registered with a Colorado license (PT-556677) and no training on record.
  const learner = await registerLearner(api, 'Robin Reyes, PT');
  await signIn(page, learner.email, learner.password, '/account');

  await test.step('adds a California license on the account page', async () => {
    await page.getByRole('button', { name: 'Add a license' }).click();
    const form = page.getByRole('form', { name: 'Add a license' });
    await form.getByLabel('State').selectOption('CA');
    await form.getByLabel('License number').fill('PT 41234');
    await form.getByRole('button', { name: 'Add license' }).click();
    await expect(page.getByText('Your license is added.')).toBeVisible();
  });

  await test.step('opens the answers from the licenses section', async () => {
    await page.getByRole('link', { name: 'Where may I dry needle with these licenses?' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Where may I dry needle?' }),
    ).toBeVisible();
  });

  const answers = page.getByRole('list', { name: 'Answers by license state' });
  await test.step('Colorado: training is missing', async () => {
    const colorado = answers.getByRole('region', { name: 'Dry needling in Colorado' });
    await expect(colorado).toContainText('Requirements missing');
    const missing = colorado.getByRole('listitem').filter({ hasText: 'Missing' });
    await expect(missing.first()).toBeVisible();
    await expect(colorado).toContainText(/Rules checked on: (?!no rule)/);
    await expect(colorado).toContainText(BOARD_DECIDES);
    await expect(colorado.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  });

  await test.step('California: not permitted', async () => {
    const california = answers.getByRole('region', { name: 'Dry needling in California' });
    await expect(california).toContainText('Not permitted');
    await expect(california).toContainText(/Rules checked on: (?!no rule)/);
    await expect(california).toContainText(BOARD_DECIDES);
    await expect(california).toContainText('Unconfirmed — check with the board');
  });

  await expectNoSeriousA11yViolations(page, 'eligibility answers');

  await test.step('checks another state', async () => {
    const form = page.getByRole('form', { name: 'Check another state' });
    await form.getByLabel('State').selectOption('FL');
    await form.getByRole('button', { name: 'Check' }).click();
    const florida = page.getByRole('region', { name: 'Dry needling in Florida' });
    await expect(florida).toContainText('Requirements missing');
    await expect(florida).toContainText(BOARD_DECIDES);
  });

  await checkBothSizes(page, 'eligibility');
});
