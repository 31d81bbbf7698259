import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, finish, screenshot } from './support/a11y.js';
import type { Api } from './support/api.js';
import { createProgram } from './support/clinic.js';
import { createShortCourse, registerLearner } from './support/courses.js';
import { watchContentSecurityPolicy } from './support/csp.js';

const TABLET_LANDSCAPE = { width: 1024, height: 768 };
const TABLET_PORTRAIT = { width: 768, height: 1024 };
const PHONE = { width: 390, height: 844 };
const MINUTE = 60_000;

/** The checklist's items: one critical, as every checklist must have. */
const ITEMS = [
  {
    key: 'screening',
    label: 'Screens for contraindications',
    critical: true,
    description: 'A missed contraindication can harm the patient.',
  },
  { key: 'clean-technique', label: 'Clean technique', critical: false, description: null },
  {
    key: 'sharps',
    label: 'Needle handling and sharps disposal',
    critical: false,
    description: null,
  },
];

/**
 * The journeys' server runs ahead of the real clock by the advances in its offset file
 * (support/seat-time.ts): a session must start after the server's now, and check-in opens
 * by the server's clock.
 */
function serverNow(): number {
  const file = process.env['FASCICLE_CLOCK_OFFSET_FILE'];
  if (!file)
    throw new Error('FASCICLE_CLOCK_OFFSET_FILE is not set: run through playwright.config.ts');
  const advances = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map(Number)
    : [];
  return Date.now() + advances.reduce((sum, advance) => sum + advance, 0);
}

interface Lab {
  sessionId: string;
  title: string;
  programId: string;
  programTitle: string;
  checklistId: string;
  learner: Awaited<ReturnType<typeof registerLearner>>;
  instructor: Api;
}

/**
 * A program of one course, a lab's hours and a practical exam, its practical checklist, a lab of the program starting in 20
 * minutes (check-in opens 30 minutes before the start, so it is open now), and a learner with
 * a seat. The demo instructor writes the course, so organises the program's sessions.
 */
async function labWithLearner(api: Api): Promise<Lab> {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const suffix = randomBytes(2).toString('hex');
  const programTitle = `Hybrid dry needling ${suffix}`;
  const programId = await createProgram(admin, course.courseId, programTitle);
  // A lab's three hours and a passed practical, beyond the course.
  await admin.ok(
    `mutation ($input: SetHandsOnRequirementsInput!) { setProgramHandsOnRequirements(input: $input) { practicalExam } }`,
    {
      input: {
        programId,
        liveMinutes: [{ sessionKind: 'LAB', minimumMinutes: 180 }],
        practicalExam: true,
      },
    },
  );
  const { createPracticalChecklist } = await instructor.ok<{
    createPracticalChecklist: { id: string };
  }>(
    `mutation ($input: CreatePracticalChecklistInput!) { createPracticalChecklist(input: $input) { id } }`,
    {
      input: {
        programId,
        title: 'Dry needling practical',
        items: ITEMS,
        nonCriticalPassPercent: 50,
      },
    },
  );
  const startsAt = serverNow() + 20 * MINUTE;
  const title = `Upper quarter lab ${suffix}`;
  const { scheduleLiveSession } = await instructor.ok<{ scheduleLiveSession: { id: string } }>(
    `mutation ($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { id } }`,
    {
      input: {
        programId,
        kind: 'LAB',
        title,
        venue: 'Front Range Physio, 12 Main St, Denver, CO',
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 3 * 60 * MINUTE).toISOString(),
        capacity: 6,
        instructors: 1,
        learnersPerInstructor: 6,
        registrationCutoffHours: 0,
      },
    },
  );
  const learner = await registerLearner(api, 'Robin Reyes, PT');
  await learner.client.ok(`mutation ($id: ID!) { registerForLiveSession(sessionId: $id) { id } }`, {
    id: scheduleLiveSession.id,
  });
  return {
    sessionId: scheduleLiveSession.id,
    title,
    programId,
    programTitle,
    checklistId: createPracticalChecklist.id,
    learner,
    instructor,
  };
}

async function noSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow, `${label}: wider than the screen`).toBeLessThanOrEqual(0);
}

test('an instructor runs a lab from the check-in QR to the practical exam on a tablet', async ({
  page,
  api,
}) => {
  const lab = await labWithLearner(api);
  await page.setViewportSize(TABLET_LANDSCAPE);

  let code = '';
  await test.step('the lab screen shows the check-in QR code and the address under it', async () => {
    await signIn(
      page,
      DEMO.instructor.email,
      DEMO.instructor.password,
      `/teach/live/${lab.sessionId}/lab`,
    );
    await expect(page.getByRole('heading', { level: 1, name: lab.title })).toBeVisible();
    const qr = page.getByRole('img', { name: `Check-in QR code for ${lab.title}` });
    await expect(qr).toBeVisible();
    // Drawn, not just placed: the data: image passed the content security policy.
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByText(/New code in \d+ s/)).toBeVisible();
    const url = (await page.getByText(/\/check-in\?code=/).textContent())!.trim();
    expect(url).toContain(`/live/${lab.sessionId}/check-in?code=`);
    code = new URL(url).searchParams.get('code')!;
    await expect(page.getByRole('region', { name: 'Roster' })).toContainText('Robin Reyes, PT');
    await expectNoSeriousA11yViolations(page, 'lab screen, landscape tablet');
    await noSidewaysScroll(page, 'lab screen, landscape tablet');
    await screenshot(page, 'lab-screen-1024x768');
  });

  await test.step('the learner scans the code; the roster shows the arrival', async () => {
    await lab.learner.client.ok(
      `mutation ($id: ID!, $code: String!) { checkInToLiveSession(sessionId: $id, code: $code) { checkedInAt } }`,
      { id: lab.sessionId, code },
    );
    await page.getByRole('button', { name: 'Refresh the roster' }).click();
    const row = page.getByRole('row', { name: /Robin Reyes, PT/ });
    await expect(row).toContainText('No departure yet');
    await expect(row.getByRole('cell').nth(0)).not.toHaveText('—');
  });

  await test.step('a correction needs a reason of 10 characters, shown by its field', async () => {
    await page.getByRole('button', { name: 'Correct the attendance of Robin Reyes, PT' }).click();
    const form = page.getByRole('form', { name: 'Correct the attendance of Robin Reyes, PT' });
    await form.getByLabel('Reason').fill('late');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect(form.getByLabel('Reason')).toHaveAccessibleDescription(/10 to 500 characters/);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
  });

  await test.step('portrait, the code sits above the roster and nothing scrolls sideways', async () => {
    await page.setViewportSize(TABLET_PORTRAIT);
    await expect(
      page.getByRole('img', { name: `Check-in QR code for ${lab.title}` }),
    ).toBeVisible();
    await noSidewaysScroll(page, 'lab screen, portrait tablet');
    await screenshot(page, 'lab-screen-768x1024');
    await page.setViewportSize(TABLET_LANDSCAPE);
  });

  await test.step('Examine opens the practical exam; a note naming a phone number is refused by its item', async () => {
    await page.getByRole('link', { name: 'Examine Robin Reyes, PT' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Practical exam: Robin Reyes, PT' }),
    ).toBeVisible();
    const screening = page.getByRole('group', { name: /Screens for contraindications/ });
    await expect(screening).toContainText('Critical');
    for (const item of ITEMS) {
      await page
        .getByRole('group', { name: new RegExp(item.label) })
        .getByLabel('Passed')
        .check();
    }
    const notes = page.getByLabel('Notes on “Clean technique” (optional)');
    await notes.fill('Model asked to be called back on 303-555-0142 about the bruise.');
    await page.getByRole('button', { name: 'Sign and record' }).click();
    await expect(notes).toHaveAttribute('aria-invalid', 'true');
    await expect(notes).toHaveAccessibleDescription(/phone number/);
    await expectNoSeriousA11yViolations(page, 'practical exam with an error');
  });

  await test.step('signed, the record says Passed; a correction is a new record', async () => {
    const notes = page.getByLabel('Notes on “Clean technique” (optional)');
    await notes.fill('Gloves on, field kept clean throughout.');
    await page.getByRole('button', { name: 'Sign and record' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Passed' })).toBeVisible();
    await expect(page.getByText(/by Dr\. Imani Okafor, PT, DPT/)).toBeVisible();
    await screenshot(page, 'practical-exam-passed-1024x768');

    await page.getByRole('button', { name: 'Correct this record' }).click();
    await page
      .getByRole('group', { name: /Screens for contraindications/ })
      .getByLabel('Failed')
      .check();
    await page.getByRole('button', { name: 'Sign the correction' }).click();
    const reason = page.getByLabel('Reason for the correction');
    await expect(reason).toHaveAccessibleDescription(/Say why/);
    await reason.fill('Screening was marked on the wrong candidate’s sheet.');
    await page.getByRole('button', { name: 'Sign the correction' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Not passed' })).toBeVisible();
    await expect(
      page.getByRole('definition').filter({ hasText: /^Screens for contraindications$/ }),
    ).toBeVisible();
    await expect(
      page.getByText('Screening was marked on the wrong candidate’s sheet.'),
    ).toBeVisible();
    await finish(page, 'practical-exam-corrected-1024x768');
  });
});

test('a learner checks in on a phone', async ({ browser, api, baseURL }) => {
  const lab = await labWithLearner(api);
  const { liveSessionCheckInCode } = await lab.instructor.ok<{
    liveSessionCheckInCode: { code: string; url: string };
  }>(`query ($id: ID!) { liveSessionCheckInCode(sessionId: $id) { code url } }`, {
    id: lab.sessionId,
  });
  const context = await browser.newContext({ baseURL, viewport: PHONE });
  const page = await context.newPage();
  const violations = await watchContentSecurityPolicy(page);
  const path = `/live/${lab.sessionId}/check-in`;

  await test.step('the QR code’s address asks the learner to sign in, then comes back', async () => {
    await page.goto(`${path}?code=${liveSessionCheckInCode.code}`);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await page.getByLabel('Email').fill(lab.learner.email);
    await page.getByLabel('Password').fill(lab.learner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(new RegExp(`${path}\\?code=${liveSessionCheckInCode.code}$`));
    await expect(page.getByRole('heading', { level: 1, name: lab.title })).toBeVisible();
  });

  await test.step('a code that is not one is refused in plain words', async () => {
    await page.goto(`${path}?code=not-a-code`);
    await page.getByRole('button', { name: 'Check in' }).click();
    await expect(page.getByRole('alert')).toContainText('This is not a check-in code');
  });

  await test.step('with the screen’s code, Check in records the arrival', async () => {
    await page.goto(`${path}?code=${liveSessionCheckInCode.code}`);
    await page.getByRole('button', { name: 'Check in' }).click();
    await expect(page.getByText(/Checked in at \d{1,2}:\d{2}/)).toBeVisible();
    // Leaving is a new scan, with a later minute's code: the same code cannot record it.
    await expect(page.getByRole('button', { name: 'Check out' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Check out' })).toBeVisible();
    await expect(page.getByRole('definition').first()).toHaveText(/\d{1,2}:\d{2}/);
    await noSidewaysScroll(page, 'check-in page');
    await finish(page, 'check-in-390x844');
  });
  await test.step('from the certificates page, the program’s progress: live minutes and the exam to come', async () => {
    await page.goto('/certificates');
    await page.getByRole('link', { name: `Your progress: ${lab.programTitle}` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Progress: ${lab.programTitle}` }),
    ).toBeVisible();
    const requirements = page.getByRole('region', { name: 'Requirements' });
    await expect(
      requirements.getByRole('listitem').filter({ hasText: '3 h at in-person labs' }),
    ).toContainText('Missing');
    await expect(
      requirements.getByRole('listitem').filter({ hasText: 'A passed practical exam' }),
    ).toContainText('Missing');
    await expect(page.getByText('Not examined yet')).toBeVisible();
    await noSidewaysScroll(page, 'program progress');
    await finish(page, 'program-progress-390x844');
  });
  expect(violations, 'what the content security policy blocked').toEqual([]);
  await context.close();
});
