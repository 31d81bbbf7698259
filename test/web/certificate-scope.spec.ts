import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish } from './support/a11y.js';
import { createShortCourse, registerLearner, RIGHT, SCOPE } from './support/courses.js';
import { installLessonClock, readLessonForAMinute } from './support/seat-time.js';

/** pdf.js reads the 14 standard fonts' metrics from its package when text uses them. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** The text of a PDF, lines joined by single spaces (the page wraps long lines). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({
    data: bytes,
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join(' ').replace(/\s+/g, ' ');
}

// 68 minutes: one CE hour of 60 minutes (quarter steps), 1.25 contact hours of 50 minutes.
const MINUTES = 68;
const SPLIT = 'Self-paced online: 68 min · Live or in-person: 0 min';
const BOARD = 'Florida Board of Physical Therapy';
const HOURS = '1.25 contact hours of 50 minutes';

test('a certificate says what it certifies: scope and hours split on the PDF and the verify page', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin, {
    creditMinutes: MINUTES,
    approval: { body: BOARD, numberPrefix: 'FL', minutesPerHour: 50, increment: 0.25 },
  });
  const approvalLine = `${BOARD}, approval ${course.approvalNumber}: ${HOURS}`;
  const learner = await registerLearner(api, 'Casey Ward, PT');
  // The page's timers run on a clock the journey moves (the lesson's seat-time reports).
  await installLessonClock(page);
  await signIn(page, learner.email, learner.password, `/courses/${course.slug}`);

  await test.step('before enrolling: what the certificate attests, the time, the hours', async () => {
    await expect(page.getByRole('heading', { level: 1, name: course.title })).toBeVisible();
    await expect(page.getByText('What the certificate attests: Didactic coursework')).toBeVisible();
    await expect(page.getByText(SCOPE)).toBeVisible();
    await expect(page.getByText(`About ${MINUTES} minutes of instruction`)).toBeVisible();
    await expect(page.getByText(HOURS)).toBeVisible();
    await expect(page.getByText('1 CE hour', { exact: true })).toBeVisible();
    const disclosures = page.getByRole('region', { name: 'Disclosures' });
    await expect(disclosures.getByText('Avery Quinn')).toBeVisible();
    await expect(
      disclosures.getByText('Financial relationships (past 24 months): none declared'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'course page with scope');
    await page.getByRole('button', { name: 'Enrol' }).click();
    await expect(page.getByText('Course progress: 0 of 3 steps')).toBeVisible();
  });

  await test.step('read the lesson for its minute of seat time', async () => {
    await page
      .getByRole('link', { name: 'Pneumothorax: what the case reports show', exact: true })
      .click();
    await expect(page.getByRole('heading', { name: 'Why it matters' })).toBeVisible();
    await readLessonForAMinute(page);
    await expect(page.getByText('✓ Lesson complete.')).toBeVisible();
    await page.getByRole('link', { name: 'Back to the course overview' }).click();
  });

  await test.step('pass the quiz', async () => {
    await page.getByRole('link', { name: 'Safety check', exact: true }).click();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    // Focus follows what the learner did: to the first question, then to the result.
    await expect(page.getByRole('group', { name: /Question 1 of 2/ })).toBeFocused();
    for (const n of [1, 2]) {
      const question = page.getByRole('group', { name: new RegExp(`Question ${n} of 2`) });
      await question.getByLabel(RIGHT).check();
      await expect(question.getByText('✓ Answer saved')).toBeVisible();
    }
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page
      .getByRole('dialog', { name: 'Submit your answers?' })
      .getByRole('button', { name: 'Submit' })
      .click();
    await expect(page.getByText('✓ You passed this quiz.')).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your score: 100% — passed' }),
    ).toBeFocused();
    await page.getByRole('link', { name: '← Course overview' }).click();
  });

  await test.step('evaluate the course', async () => {
    await page.getByRole('link', { name: 'Course evaluation', exact: true }).click();
    for (const statement of [
      'The learning objectives were met',
      'The content is relevant to my practice',
      'The presentation was clear and well organised',
    ]) {
      await page.getByRole('group', { name: statement }).getByLabel('4 · Agree').check();
    }
    for (const question of [
      'The content was free of commercial bias',
      'I would recommend this course to a colleague',
    ]) {
      await page.getByRole('group', { name: question }).getByLabel('Yes').check();
    }
    await page.getByRole('button', { name: 'Submit the evaluation' }).click();
    await expect(page.getByText('✓ Course complete: your certificate is ready')).toBeVisible();
    await page.getByRole('link', { name: 'Open your certificates' }).click();
  });

  let code = '';
  await test.step('the certificate card: kind, scope, split, hours per approval', async () => {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: course.title }) });
    code = (await card.locator('dd.code').textContent())!.trim();
    await expect(card.getByText('What this certifies: Didactic coursework')).toBeVisible();
    await expect(card.getByText(SCOPE)).toBeVisible();
    await expect(card.getByText(`${MINUTES} minutes of instruction`)).toBeVisible();
    await expect(card.getByText(SPLIT)).toBeVisible();
    await expect(card.getByText(approvalLine)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'certificates with scope');
  });

  await test.step('the PDF prints the scope statement, the split and the hours', async () => {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: course.title }) });
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Download PDF' }).click();
    const file = await (await download).path();
    const text = await pdfText(new Uint8Array(await readFile(file)));
    for (const expected of ['Didactic coursework', SCOPE, SPLIT, approvalLine, code]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
  });

  await test.step('the verify page, on a phone, says the same to anyone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/verify/${code}`);
    await expect(page.getByText('VALID', { exact: true })).toBeVisible();
    await expect(page.getByText('What this certifies: Didactic coursework')).toBeVisible();
    await expect(page.getByText(SCOPE)).toBeVisible();
    await expect(page.getByText(SPLIT)).toBeVisible();
    await expect(page.getByText(approvalLine)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await finish(page, 'certificate-scope-verify');
  });
});
