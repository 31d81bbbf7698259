import { randomBytes } from 'node:crypto';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { checkBothSizes } from './support/a11y.js';
import { ANALYSIS_QUESTIONS, honestDraft } from './support/teach.js';

const HEAD = '// objective: safety-pneumothorax\n// reference: Boyles 2015, ch. 4';
const GOOD = `${HEAD}\nThe lung apex rises above the clavicle. {T####It does, by 2 to 3 cm.}`;
// Line 5: a question without the comment lines every question needs.
const BAD =
  'Needles over the thorax go across a lifted fold of muscle. {T####It keeps the tip off the pleura.}';
const FIXED = `${HEAD}\n${BAD}`;

test('an author imports a GIFT file: a bad line is reported by number, the fixed file imports', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const suffix = randomBytes(3).toString('hex');
  const draft = await honestDraft(instructor, {
    title: `GIFT import ${suffix}`,
    slug: `gift-import-${suffix}`,
    objective: {
      key: 'safety-pneumothorax',
      text: 'Needle the thorax without reaching the pleura',
    },
    module: 'Safety over the thorax',
    lesson: { title: 'Landmarks', bodyMarkdown: 'Lift the muscle in a **pincer grip**.' },
    bank: 'Thorax questions',
    questions: ANALYSIS_QUESTIONS,
    quiz: 'Thorax quiz',
  });
  const bankPath = `/teach/versions/${draft.versionId}/banks/${draft.bankId}`;
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password, bankPath);
  await page.getByRole('link', { name: 'import them from a GIFT file' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import questions from a GIFT file' }),
  ).toBeVisible();

  // The file as exported from elsewhere: one good question, one missing its comment lines.
  await page.getByLabel('GIFT file').setInputFiles({
    name: 'thorax.gift',
    mimeType: 'text/plain',
    buffer: Buffer.from(`${GOOD}\n\n${BAD}\n`),
  });
  await expect(page.getByLabel('Questions in GIFT')).toHaveValue(`${GOOD}\n\n${BAD}\n`);
  await page.getByRole('button', { name: 'Preview' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('2 problems to fix before anything is imported');
  await expect(problems.getByRole('listitem')).toHaveText([
    /^Line 5: no objective/,
    /^Line 5: no reference/,
  ]);
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await checkBothSizes(page, 'gift-import-problem');

  // Fixed in place, previewed again, imported.
  await page.getByLabel('Questions in GIFT').fill(`${GOOD}\n\n${FIXED}\n`);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByText('2 questions ready to import, nothing saved yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/teach/versions/${draft.versionId}/banks/${draft.bankId}$`),
  );
  // The bank page, once its lazy route has replaced the import page (both show the stems).
  await expect(page.getByRole('heading', { level: 1, name: 'Thorax questions' })).toBeVisible();
  await expect(page.getByText('The lung apex rises above the clavicle.')).toBeVisible();
  await expect(
    page.getByText('Needles over the thorax go across a lifted fold of muscle.'),
  ).toBeVisible();
});
