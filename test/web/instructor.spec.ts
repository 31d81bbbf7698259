import { randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish } from './support/a11y.js';
import {
  assessObjectives,
  attemptQuiz,
  enrolledLearner,
  publishedQuizCourse,
  sentBackDraft,
} from './support/teach.js';

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The module's card on the version editor, found by its heading. */
function moduleCard(page: Page, title: string): Locator {
  return page
    .locator('.module-list > li')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(title) }) });
}

async function addLesson(page: Page, module: string, title: string, markdown: string) {
  const card = moduleCard(page, module);
  const panel = card.locator('details.add-panel');
  if (!(await panel.evaluate((details: HTMLDetailsElement) => details.open))) {
    await panel.locator('summary').click();
  }
  await panel.getByLabel('Lesson title').fill(title);
  // A short lesson supports one minute: requiring more would fail the credit gates.
  await panel.getByLabel('Seat time (minutes)').fill('1');
  await panel.getByLabel('Lesson text (Markdown)').fill(markdown);
  await panel.getByRole('button', { name: 'Add lesson' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Lesson “${title}” added.`);
  await expect(card.getByRole('link', { name: title })).toBeVisible();
}

test('an instructor edits and submits a course and an admin publishes it', async ({
  page,
  browser,
  baseURL,
  api,
}) => {
  const title = `Cervical dry needling essentials ${randomBytes(3).toString('hex')}`;
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password, '/teach');
  await expect(page.getByRole('heading', { level: 1, name: 'My courses' })).toBeVisible();

  // A new course: its draft version 1 opens in the editor.
  const newCourse = page.locator('form').filter({
    has: page.getByRole('button', { name: 'Create course' }),
  });
  await newCourse.getByLabel('Title').fill(title);
  await newCourse.getByLabel('Summary').fill('Safe, effective needling of the cervical muscles.');
  await newCourse.getByLabel('Who it is for').fill('Physical therapists new to dry needling');
  // Minutes, the stored truth: what the content will support once it has its quiz.
  await newCourse.getByLabel('Claimed instructional time, minutes').fill('5');
  await newCourse.getByLabel('Certificate valid for (months)').fill('24');
  // Each objective with the key its questions are tagged with: suggested, then edited.
  await newCourse.getByLabel('Objective 1', { exact: true }).fill('Locate the cervical landmarks');
  await expect(newCourse.getByLabel('Key of objective 1')).toHaveValue(
    'locate-the-cervical-landmarks',
  );
  await newCourse.getByLabel('Key of objective 1').fill('cervical-landmarks');
  await newCourse.getByRole('button', { name: 'Add an objective' }).click();
  await newCourse
    .getByLabel('Objective 2', { exact: true })
    .fill('Needle the upper trapezius safely');
  await newCourse.getByLabel('Key of objective 2').fill('trapezius-safety');
  await newCourse.getByLabel('Topic tags').fill('dry-needling, cervical');
  await newCourse.getByRole('button', { name: 'Create course' }).click();
  await expect(page).toHaveURL(/\/teach\/versions\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('.page-header')).toContainText('Draft');

  // Two modules, then the second moved above the first with the keyboard-usable buttons.
  await page.locator('summary', { hasText: 'Add a module' }).click();
  for (const module of ['Anatomy of the neck', 'Safety first']) {
    await page.getByLabel('Module title').fill(module);
    await page.getByRole('button', { name: 'Add module' }).click();
    await expect(moduleCard(page, module)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Move module “Safety first” up' }).click();
  await expect(page.locator('.module-list > li h3')).toHaveText([
    /Safety first/,
    /Anatomy of the neck/,
  ]);
  // Up is now disabled (first place): focus moved to the twin button, not lost.
  await expect(page.getByRole('button', { name: 'Move module “Safety first” down' })).toBeFocused();

  // Lessons with Markdown; two in one module, reordered.
  await addLesson(
    page,
    'Safety first',
    'Red flags',
    'Stop when the patient reports **breathlessness**.',
  );
  await addLesson(page, 'Safety first', 'Clean technique', 'A new needle for every site.');
  await addLesson(page, 'Anatomy of the neck', 'Landmarks', '## Landmarks\n\nFind C7 first.');
  const safety = moduleCard(page, 'Safety first');
  await safety.getByRole('button', { name: 'Move lesson “Clean technique” up' }).click();
  await expect(safety.locator('.lesson-list > li a')).toHaveText(['Clean technique', 'Red flags']);

  // The lesson editor: the preview is the API's rendering of the Markdown, live as it is typed.
  await safety.getByRole('link', { name: 'Clean technique' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clean technique' })).toBeVisible();
  await page
    .getByLabel('Lesson text (Markdown)')
    .fill(
      '## Before you start\n\nUse a **new needle** for every site.\n\n- Wash hands\n- Gloves on',
    );
  await expect(page.getByText('Your unsaved text, as learners will see it.')).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Preview' })
      .getByRole('heading', { name: 'Before you start' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add a reference' }).click();
  await page
    .getByLabel('Citation 1', { exact: true })
    .fill('Boyce D, et al. Adverse events associated with therapeutic dry needling. IJSPT. 2020.');
  await page.getByLabel('Link 1 (optional)').fill('https://doi.org/10.26603/ijspt20200101');
  await page.getByRole('button', { name: 'Save and preview' }).click();
  await expect(page.getByText('Lesson saved.')).toBeVisible();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('new needle');
  await expect(preview.getByRole('listitem').filter({ hasText: 'Gloves on' })).toBeVisible();
  await expect(preview.getByText(/Boyce D, et al/)).toBeVisible();
  await page.getByRole('link', { name: `← ${title}` }).click();

  // The credit panel: no quiz yet, so the content supports less than the claim; no disclosure.
  const credit = page.getByRole('region', { name: 'Credit: claimed and supported time' });
  await expect(
    credit.getByText(/Claims \d+ minutes? more than the content supports/),
  ).toBeVisible();
  await expect(
    credit.getByText('The course has no quiz: credit needs an assessment of its objectives.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeDisabled();

  // The credential, its scope and the credit period; then the disclosure.
  await page.getByRole('button', { name: 'Edit credential and dates' }).click();
  await page
    .getByLabel('Scope statement')
    .fill('Didactic coursework only; it does not by itself authorise anyone to dry needle.');
  await page.getByLabel('Content last reviewed on').fill(isoDay(-7));
  await page.getByLabel('Credit offered until').fill(isoDay(700));
  await page.getByRole('button', { name: 'Save credential and dates' }).click();
  const period = page.getByRole('region', { name: 'Credential and credit period' });
  await expect(
    period.getByRole('definition').filter({ hasText: 'Didactic coursework only; it does not' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Edit disclosure' }).click();
  const contributor = page.getByRole('group', { name: 'Contributor 1' });
  await contributor.getByLabel('Name').fill('Imani Okafor');
  await contributor.getByLabel('Credentials').fill('PT, DPT');
  await page.getByRole('button', { name: 'Save disclosure' }).click();
  const disclosure = page.getByRole('region', { name: 'Disclosure' });
  // Saved: the form closes and the disclosure reads back.
  await expect(page.getByRole('button', { name: 'Edit disclosure' })).toBeFocused();
  await expect(
    disclosure.getByRole('listitem').filter({ hasText: 'Imani Okafor, PT, DPT · Author' }),
  ).toContainText('Financial relationships, past 24 months: None');
  await expect(disclosure.getByText('Commercial support: None')).toBeVisible();

  // A quiz assessing both objectives (its screens have their own journey): then the claim
  // is within what the content supports and nothing blocks the review.
  const versionId = new URL(page.url()).pathname.split('/').at(-1)!;
  await assessObjectives(
    await api.login(DEMO.instructor.email, DEMO.instructor.password),
    versionId,
    ['cervical-landmarks', 'trapezius-safety'],
  );
  await page.reload();
  await expect(credit.getByText('The claim is within what the content supports')).toBeVisible();
  await expect(credit.getByText('No problems')).toBeVisible();
  await expect(page.getByText('Ready to submit')).toBeVisible();

  // Submit for review, with a confirmation.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit this version for review?' });
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(page.locator('.page-header')).toContainText('In review');
  await expect(page.getByText('Waiting for review')).toBeVisible();

  // The admin publishes it from the review queue.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin.email, DEMO.admin.password, '/admin/reviews');
  await admin.getByRole('button', { name: `Publish ${title}, version 1` }).click();
  await admin
    .getByRole('dialog', { name: `Publish ${title}, version 1?` })
    .getByRole('button', { name: 'Publish' })
    .click();
  await expect(admin.getByRole('button', { name: `Publish ${title}, version 1` })).toHaveCount(0);
  await adminContext.close();

  // The instructor sees the course published.
  await page.goto('/teach');
  const card = page.locator('.card').filter({ has: page.getByRole('link', { name: title }) });
  await expect(card).toContainText('Version 1');
  await expect(card).toContainText('Published');
  await expect(card.getByRole('link', { name: `Start a new version: ${title}` })).toBeVisible();
  await finish(page, 'instructor');
});

test('an instructor reads the item analysis of a quiz learners have taken', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const adminApi = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await publishedQuizCourse(instructor, adminApi);
  // Five attempts; the last question is answered right only by the strongest learner (hard),
  // and the true/false one by a weak learner too.
  const patterns = [
    [true, true, true, true],
    [true, true, true, false],
    [true, true, false, false],
    [true, false, false, false],
    [false, false, true, false],
  ];
  for (const right of patterns) {
    await attemptQuiz(await enrolledLearner(api, course.courseId), course.quizId, right);
  }

  await signIn(
    page,
    DEMO.instructor.email,
    DEMO.instructor.password,
    `/teach/versions/${course.versionId}/assessment`,
  );
  await page.getByRole('link', { name: 'Item analysis: Thorax safety quiz' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Item analysis: Thorax safety quiz' }),
  ).toBeVisible();
  const stats = page.locator('.stats');
  await expect(stats).toContainText('Submitted attempts5');
  await expect(stats).toContainText('Pass rate (pass mark 75%)40%');
  await expect(page.getByRole('img', { name: /Score distribution/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Facility/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Discrimination/ })).toBeVisible();

  // Question 4 (right 1 time in 5) is flagged as hard, in words, not only colour.
  const table = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Flags' }) });
  const hardRow = table.getByRole('row').filter({ hasText: 'most reported serious adverse event' });
  await expect(hardRow).toContainText('0.20');
  await expect(hardRow).toContainText('Hard');
  await expect(page.getByRole('heading', { name: /questions? to review/ })).toBeVisible();

  // The charts' numbers as a table, for screen readers and anyone who wants them.
  await page.getByText('Facility: share of the credit earned (0 to 1): table').click();
  await expect(page.getByRole('cell', { name: '0.20' }).first()).toBeVisible();

  // Usable on a phone: nothing wider than the screen but the tables' own scroll areas.
  await page.setViewportSize({ width: 375, height: 812 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page, 'item analysis at 375 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await finish(page, 'instructor-item-analysis');
});

test('an instructor reads the reviewer’s comment on a version sent back', async ({ page, api }) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const adminApi = await api.login(DEMO.admin.email, DEMO.admin.password);
  const version = await sentBackDraft(instructor, adminApi, 'Cite the depth figures in lesson 1.');

  await signIn(page, DEMO.instructor.email, DEMO.instructor.password, '/teach');
  const card = page
    .locator('.card')
    .filter({ has: page.getByRole('link', { name: version.title }) });
  await expect(card).toContainText('Sent back');
  await card.getByRole('link', { name: `Edit draft: ${version.title}` }).click();
  const comment = page.getByRole('region', { name: "Reviewer's comment" });
  await expect(comment).toContainText('Cite the depth figures in lesson 1.');
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeEnabled();
  await expectNoSeriousA11yViolations(page, 'sent-back draft');
});
