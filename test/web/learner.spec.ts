import { DEMO, expect, test } from './fixtures.js';
import {
  checkBothSizes,
  expectNoSeriousA11yViolations,
  finish,
  screenshot,
} from './support/a11y.js';
import { createShortCourse, RIGHT, SCOPE, WRONG } from './support/courses.js';
import { latestMail } from './support/mail.js';
import { installLessonClock, readLessonForAMinute } from './support/seat-time.js';

test('a learner signs up, takes a short course and gets a certificate', async ({ page, api }) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const email = `jordan-${Date.now()}@example.com`;
  // The page's timers run on a clock the journey moves (the lesson's seat-time reports).
  await installLessonClock(page);

  await test.step('sign up', async () => {
    await page.goto('/sign-up');
    await expectNoSeriousA11yViolations(page, 'sign up');
    await page.getByLabel('Full name, as on your license').fill('Jordan Lee, PT, DPT');
    await page.getByLabel('Email').fill(email);
    // Too short first: the API's field error appears beside the field.
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('License number').fill('PT-990011');
    await page.getByLabel('License state').fill('co');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText(/password/i).and(page.locator('.field-error'))).toBeVisible();
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('heading', { name: 'Course catalog' })).toBeVisible();
  });

  await test.step('confirm the address from the mail: the banner goes', async () => {
    const banner = page.getByText('Confirm your email address:');
    await expect(banner).toBeVisible();
    await expect(page.getByText(`we sent a link to ${email}`)).toBeVisible();
    await page.getByRole('button', { name: 'Send it again' }).click();
    await expect(page.getByText('Sent: check your inbox')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'address not confirmed yet');
    // The newest mail has the link sent again; the first one would work as well.
    await page.goto(await latestMail(email, '/verify-email'));
    await expect(
      page.getByText('Your address is confirmed; certificates can now be issued in your name'),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/verify-email$/);
    // Signed in again from the cookie before the next step moves on.
    await expect(page.getByRole('link', { name: /Jordan Lee, PT, DPT/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'address confirmed');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Catalog' })
      .click();
    await expect(page.getByRole('heading', { name: 'Course catalog' })).toBeVisible();
    await expect(banner).toHaveCount(0);
  });

  await test.step('find the course in the catalog', async () => {
    await page.getByLabel('Search').fill(course.title);
    await page.getByLabel('Approval').selectOption('APPROVED');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/approval=APPROVED/);
    await expect(page.getByRole('link', { name: course.title })).toBeVisible();
    // The compact card: its title links to the course, with the hours and the approval.
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: course.title }) });
    await expect(card.getByText('0.25 CE hours')).toBeVisible();
    await expect(card.getByText('Approved: Colorado Physical Therapy Board')).toBeVisible();
    await checkBothSizes(page, 'catalog');
    await page.getByRole('link', { name: course.title }).click();
  });

  await test.step('read the course page, its scope and disclosures, and enrol', async () => {
    await expect(page.getByRole('heading', { level: 1, name: course.title })).toBeVisible();
    await expect(page.getByText('0.25 CE hours')).toBeVisible();
    await expect(page.getByText('About 15 minutes of instruction')).toBeVisible();
    await expect(
      page.getByText('Name the landmarks that keep the needle off the pleura'),
    ).toBeVisible();
    await expect(page.getByText('Colorado Physical Therapy Board')).toBeVisible();
    await expect(page.getByText('What the certificate attests: Didactic coursework')).toBeVisible();
    await expect(page.getByText(SCOPE)).toBeVisible();
    const disclosures = page.getByRole('region', { name: 'Disclosures' });
    await expect(disclosures.getByText('Avery Quinn')).toBeVisible();
    await expect(disclosures.getByText(/Acme Needles \(consulting fees\)/)).toBeVisible();
    await expect(disclosures.getByText('Commercial support: none')).toBeVisible();
    await expect(disclosures.getByText('Credit offered through')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'course page');
    await page.getByRole('button', { name: 'Enrol' }).click();
    await expect(page.getByText('Course progress: 0 of 3 steps')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'enrollment overview');
  });

  await test.step('read the lesson until its seat time is met', async () => {
    await page
      .getByRole('link', { name: 'Pneumothorax: what the case reports show', exact: true })
      .click();
    await expect(page.getByRole('heading', { name: 'Why it matters' })).toBeVisible();
    await expect(page.getByText(/Boyce D, et al/)).toBeVisible();
    await expect(
      page.getByText('Counting your time while this page is open and visible.'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'lesson');
    // One minute of seat time, on the page's clock and the server's, without waiting for it.
    await readLessonForAMinute(page);
    await expect(page.getByText('✓ Lesson complete.')).toBeVisible();
    await page.getByRole('link', { name: 'Back to the course overview' }).click();
    await expect(page.getByText('Course progress: 1 of 3 steps')).toBeVisible();
  });

  await test.step('take the quiz: answers survive a reload, submit with confirmation', async () => {
    await page.getByRole('link', { name: 'Safety check', exact: true }).click();
    await expect(page.getByText('0 of 3 attempts used')).toBeVisible();
    await expect(page.getByText('Time limit 15 min')).toBeVisible();
    await expect(page.getByText(/unless a retry could draw the same questions/)).toBeVisible();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByText(/Time left: /)).toBeVisible();
    const first = page.getByRole('group', { name: /Question 1 of 2/ });
    await first.getByLabel(WRONG).check();
    await expect(first.getByText('✓ Answer saved')).toBeVisible();
    await first.getByLabel(RIGHT).check();
    await expect(first.getByText('✓ Answer saved')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'quiz in progress');

    await page.reload();
    const resumed = page.getByRole('group', { name: /Question 1 of 2/ });
    await expect(resumed.getByLabel(RIGHT)).toBeChecked();
    const second = page.getByRole('group', { name: /Question 2 of 2/ });
    await second.getByLabel(RIGHT).check();
    await expect(second.getByText('✓ Answer saved')).toBeVisible();

    await page.getByRole('button', { name: 'Submit answers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('You answered 2 of 2 questions.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('heading', { name: /Attempt 1: 100%/ })).toBeVisible();
    await expect(page.getByText('✓ You passed this quiz.')).toBeVisible();
    // The quiz shows the key after each attempt: the explanation is there.
    await expect(page.getByText('The case reports and the anatomy agree.').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'quiz result');
    await page.getByRole('link', { name: '← Course overview' }).click();
  });

  await test.step('evaluate the course and receive the certificate', async () => {
    await page.getByRole('link', { name: 'Course evaluation', exact: true }).click();
    for (const statement of [
      'The learning objectives were met',
      'The content is relevant to my practice',
      'The presentation was clear and well organised',
    ]) {
      await page.getByRole('group', { name: statement }).getByLabel('5 · Strongly agree').check();
    }
    await page
      .getByRole('group', { name: 'The content was free of commercial bias' })
      .getByLabel('Yes')
      .check();
    await page
      .getByRole('group', { name: 'I would recommend this course to a colleague' })
      .getByLabel('Yes')
      .check();
    await page
      .getByLabel('What will you change in your practice? (optional)')
      .fill('Pinch technique over the thorax.');
    await expectNoSeriousA11yViolations(page, 'evaluation');
    await page.getByRole('button', { name: 'Submit the evaluation' }).click();
    await expect(page.getByText('✓ Course complete: your certificate is ready')).toBeVisible();
  });

  await test.step('certificates: PDF, share link, credential file; transcript', async () => {
    await page.getByRole('link', { name: 'Open your certificates' }).click();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: course.title }) });
    await expect(card.locator('.badge', { hasText: 'Valid' })).toBeVisible();
    const code = (await card.locator('dd.code').textContent())!.trim();
    // 14 symbols and a check symbol, all from Crockford's 32-symbol alphabet.
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{3}$/);

    const pdf = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Download PDF' }).click();
    expect((await pdf).suggestedFilename()).toBe(`certificate-${code}.pdf`);
    const credential = page.waitForEvent('download');
    await card.getByRole('link', { name: 'Credential file' }).click();
    expect((await credential).suggestedFilename()).toBe(`certificate-${code}.jwt`);

    await page.getByRole('link', { name: 'Transcript' }).first().click();
    await expect(
      page.getByText('0.25 CE hours in total (revoked certificates do not count).'),
    ).toBeVisible();
    await expect(page.getByRole('cell', { name: course.title })).toBeVisible();
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    expect((await csv).suggestedFilename()).toBe('transcript.csv');
    await expectNoSeriousA11yViolations(page, 'transcript');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Certificates' })
      .click();
    await expect(card).toBeVisible();
  });

  await test.step('usable on a phone: nothing wider than 375 px', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['/certificates', '/transcript', '/learning', '/courses']) {
      await page.goto(path);
      await expect(page.locator('#page-title')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeVisible();
    // The phone's menu lists the links a laptop's header keeps under "More", without its button.
    await expect(nav.getByRole('link', { name: 'Transcript' })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'More' })).toHaveCount(0);
    await screenshot(page, 'learner-phone-menu', false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/certificates');
    // Signed in again from the cookie. Reloading before that answer arrives would abort a
    // refresh the server has already rotated, and the next one would end the session as reused.
    // The header's account link (the certificate card names the holder too).
    await expect(page.getByRole('link', { name: /Jordan Lee, PT, DPT/ })).toBeVisible();
  });

  await test.step('the session survives a reload (refresh cookie) and ends on sign-out', async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: /Jordan Lee, PT, DPT/ })).toBeVisible();
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toMatch(/eyJ/);
    await finish(page, 'learner');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.goto('/certificates');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fcertificates/);
  });
});

test('a visitor reads the catalog and a course outline, and signs in to enrol', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  // The public pages must ask only for what the API answers without an account (restoring a
  // session that does not exist is refused, as it should be).
  const graphqlErrors: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = (await response.json().catch(() => null)) as {
      errors?: { path?: string[] }[];
    } | null;
    const errors = (body?.errors ?? []).filter((error) => error.path?.[0] !== 'refreshToken');
    if (errors.length > 0) graphqlErrors.push(JSON.stringify(errors));
  });

  await test.step('the catalog, from the header, without an account', async () => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Catalog' })
      .click();
    await expect(page.getByRole('heading', { name: 'Course catalog' })).toBeVisible();
    await expect(page).toHaveURL(/\/courses$/);
    await page.getByLabel('Search').fill(course.title);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByRole('link', { name: course.title })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'catalog, signed out');
    await page.getByRole('link', { name: course.title }).click();
  });

  await test.step('the course page: outline, credit and disclosures, not the lessons', async () => {
    await expect(page.getByRole('heading', { level: 1, name: course.title })).toBeVisible();
    await expect(page.getByText('0.25 CE hours')).toBeVisible();
    await expect(page.getByText(SCOPE)).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Disclosures' }).getByText('Morgan Hale'),
    ).toBeVisible();
    await expect(
      page.getByText('Name the landmarks that keep the needle off the pleura'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Safety over the thorax' })).toBeVisible();
    await expect(page.getByText('Pneumothorax: what the case reports show')).toBeVisible();
    await expect(page.getByText('Colorado Physical Therapy Board')).toBeVisible();
    await expect(page.getByText(/most reported/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Enrol' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'course page, signed out');
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBe(0);
    await screenshot(page, 'visitor-course-phone', false);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(graphqlErrors).toEqual([]);
  });

  await test.step('the lesson reader still needs an account', async () => {
    await page.goto('/learning');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Flearning/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: course.title })).toBeVisible();
  });

  await test.step('sign in to enrol, and come back to the course', async () => {
    await page.getByRole('link', { name: 'Sign in to enrol' }).click();
    await expect(page).toHaveURL(
      new RegExp(`/sign-in\\?next=${encodeURIComponent(`/courses/${course.slug}`)}$`),
    );
    await page.getByLabel('Email').fill(DEMO.learner.email);
    await page.getByLabel('Password').fill(DEMO.learner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(new RegExp(`/courses/${course.slug}$`));
    await expect(page.getByRole('button', { name: 'Enrol' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in to enrol' })).toHaveCount(0);
    await finish(page, 'visitor-course');
  });
});
