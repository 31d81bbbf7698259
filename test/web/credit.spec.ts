import { randomBytes } from 'node:crypto';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish } from './support/a11y.js';
import { honestDraft } from './support/teach.js';

/** 540 words: three minutes at 180 words a minute. */
const THREE_MINUTES = Array.from({ length: 540 }, (_, i) => `word${i}`).join(' ');

test('an author sees claimed versus supported hours and an item warning in the editor', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const suffix = randomBytes(3).toString('hex');
  const title = `Trigger points in one minute ${suffix}`;
  // The course: eight hours claimed for a lesson of a dozen words and one question,
  // whose key is the longest option.
  const draft = await honestDraft(instructor, {
    title,
    slug: `trigger-points-${suffix}`,
    objective: { key: 'trigger-point', text: 'Define a myofascial trigger point' },
    module: 'Trigger points',
    lesson: {
      title: 'What a trigger point is',
      bodyMarkdown: 'A trigger point is a tender spot in a taut band of skeletal muscle.',
    },
    bank: 'Trigger point questions',
    questions: [
      {
        stem: 'What is a myofascial trigger point?',
        type: 'SINGLE_CHOICE',
        options: [
          { text: 'A hyperirritable spot in a palpable taut band of muscle', isCorrect: true },
          { text: 'A joint', isCorrect: false },
          { text: 'A nerve', isCorrect: false },
        ],
      },
    ],
    quiz: 'Trigger point check',
    creditMinutes: 480,
  });
  // Florida counts 50-minute contact hours, in quarter steps.
  const approvalNumber = `FL-${suffix.toUpperCase()}`;
  await admin.ok(
    `mutation ($input: RecordCourseApprovalInput!) { recordCourseApproval(input: $input) { id } }`,
    {
      input: {
        courseId: draft.courseId,
        body: 'Florida Board of Physical Therapy',
        approvalNumber,
        validFrom: '2026-01-01',
        isSample: true,
        minutesPerHour: 50,
        increment: 0.25,
      },
    },
  );

  await signIn(
    page,
    DEMO.instructor.email,
    DEMO.instructor.password,
    `/teach/versions/${draft.versionId}`,
  );
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await test.step('claimed versus supported, in minutes and in each approval’s hours', async () => {
    await expect(
      page.getByText('Claims 480 minutes; the content supports 1 minute.', { exact: false }),
    ).toBeVisible();
    const credit = page.getByRole('region', { name: 'Credit: claimed and supported time' });
    await expect(
      credit.getByText('Claims 479 minutes more than the content supports'),
    ).toBeVisible();
    await expect(
      credit.getByRole('row', { name: 'Minutes of instruction 480 minutes 1 minute' }),
    ).toBeVisible();
    await expect(
      credit.getByRole('row', {
        name: `Florida Board of Physical Therapy (${approvalNumber}) 9.5 contact hours of 50 minutes 0 contact hours of 50 minutes`,
      }),
    ).toBeVisible();
    await expect(
      credit.getByRole('row', {
        name: 'Default (60-minute hours) 8 contact hours of 60 minutes 0 contact hours of 60 minutes',
      }),
    ).toBeVisible();
    // Each problem in words, with where to fix it.
    const claim = credit.getByRole('listitem').filter({
      hasText: 'The course claims 480 minutes of instruction but its content supports 1',
    });
    await expect(claim.getByRole('link', { name: 'Edit the description' })).toBeVisible();
    const longest = credit.getByRole('listitem').filter({
      hasText:
        'Bank "Trigger point questions": In 1 of 1 single-choice questions the correct option is the longest',
    });
    await expect(longest).toContainText('Blocks submission');
    await expect(
      credit.getByRole('row', {
        name: /What a trigger point is 14 0\.1 min Word count 1 min 1 min/,
      }),
    ).toBeVisible();
    await expect(credit.getByRole('row', { name: 'Trigger point check 1 1.9 min' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
    await expectNoSeriousA11yViolations(page, 'credit panel');
    await longest.getByRole('link', { name: 'Open the question bank' }).click();
  });

  await test.step('the item warning beside its question, and the bank’s limit', async () => {
    await expect(
      page.getByRole('heading', { level: 1, name: 'Trigger point questions' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: 'In 1 of 1 single-choice questions the correct option is the longest' }),
    ).toContainText('Blocks submission');
    await expect(
      page.getByText(/Longest option is the key in 1 of 1 single-choice questions/),
    ).toBeVisible();
    const question = page
      .locator('.question-item')
      .filter({ hasText: 'What is a myofascial trigger point?' });
    await expect(question.getByRole('list', { name: 'Item-writing warnings' })).toContainText(
      'The correct option is the longest: a guesser who picks the longest option gets it right.',
    );
    await expectNoSeriousA11yViolations(page, 'bank checks');
  });

  await test.step('the lesson’s estimate follows the text as it is typed', async () => {
    await page.goto(`/teach/versions/${draft.versionId}/lessons/${draft.lessonId}`);
    const estimate = page.getByRole('region', { name: 'Instructional time' });
    await expect(estimate).toContainText(/Words\s*14/);
    await page.getByLabel('Lesson text (Markdown)').fill(THREE_MINUTES);
    await expect(estimate).toContainText(/Words\s*540/);
    await expect(estimate).toContainText('at most 3 minutes');
    await expect(estimate).toContainText(
      'claims 480 minutes; with this text it supports 4 minutes',
    );
    await page.getByLabel('Seat time (minutes)').fill('10');
    await expect(
      estimate.getByText(
        '10 minutes is more than this text supports: require at most 3, add content, or record a pilot.',
      ),
    ).toBeVisible();
    await page.getByLabel('Seat time (minutes)').fill('3');
    await page.getByRole('button', { name: 'Save lesson' }).click();
    await expect(page.getByText('Lesson saved.')).toBeVisible();
  });

  await test.step('a pilot replaces the estimate until the text changes', async () => {
    const pilot = page.getByRole('region', { name: 'Pilot timing' });
    await pilot.getByRole('button', { name: 'Record a pilot' }).click();
    await pilot.getByLabel('Testers', { exact: true }).fill('2');
    await pilot.getByRole('button', { name: 'Record pilot' }).click();
    await expect(pilot.getByText('A pilot needs at least 3 testers')).toBeVisible();
    await expect(
      pilot.getByText('Only testers independent of the authors count: confirm they were'),
    ).toBeVisible();
    await pilot.getByLabel('Testers', { exact: true }).fill('4');
    await pilot.getByLabel('Median minutes').fill('8');
    await pilot
      .getByLabel('Who the testers were and how they were timed')
      .fill('Four PTs from a partner clinic, not told the expected length, timed on screen.');
    await pilot.getByLabel(/The testers were independent of the authors/).check();
    await pilot.getByRole('button', { name: 'Record pilot' }).click();
    await expect(pilot.getByText('Counts: replaces the word-count estimate')).toBeVisible();
    const estimate = page.getByRole('region', { name: 'Instructional time' });
    await expect(estimate).toContainText('8 min (the pilot’s median, 4 testers)');

    // The pilot timed this text: an edit would make it stale, and saving does.
    await page.getByLabel('Lesson text (Markdown)').fill(`${THREE_MINUTES} more`);
    await expect(estimate.getByText(/Saving this change makes it stale/)).toBeVisible();
    await page.getByRole('button', { name: 'Save lesson' }).click();
    await expect(pilot.getByText('Stale: the text changed after this pilot')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'lesson editor with a stale pilot');
    await page.getByRole('link', { name: `← ${title}` }).click();
  });

  await test.step('an honest claim: the panel refetches after the save', async () => {
    const credit = page.getByRole('region', { name: 'Credit: claimed and supported time' });
    await expect(
      credit.getByRole('row', { name: 'Minutes of instruction 480 minutes 4 minutes' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Edit description' }).click();
    await page.getByLabel('Claimed instructional time, minutes').fill('4');
    await page.getByRole('button', { name: 'Save description' }).click();
    await expect(credit.getByText('The claim is within what the content supports')).toBeVisible();
    await expect(credit.getByRole('listitem').filter({ hasText: 'The course claims' })).toHaveCount(
      0,
    );
    // The bank's cue still blocks the review until a question is rewritten.
    await expect(
      credit.getByRole('listitem').filter({ hasText: 'Trigger point questions' }),
    ).toHaveCount(1);

    // Readable on a phone: nothing wider than the screen but the tables' own scroll areas.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page, 'version editor at 390 px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await finish(page, 'credit-editor');
  });
});
