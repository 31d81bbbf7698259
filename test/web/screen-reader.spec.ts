import type { Locator } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { expectNoSeriousA11yViolations, screenshot } from './support/a11y.js';
import {
  createShortCourse,
  earnCertificate,
  registerLearner,
  RIGHT,
  WRONG,
} from './support/courses.js';

/**
 * What a screen reader is given, read from the browser's accessibility tree (Playwright's
 * roles, names and ARIA snapshots), not from the markup.
 */

const STEM =
  /Where should the needle point over the thorax\?|What follows breathlessness after a session\?/;

/**
 * The controls in the region's ARIA snapshot that have no accessible name: a line such as
 * `- button` or `- link:` (a named one reads `- button "Submit answers"`).
 */
async function namelessControls(region: Locator): Promise<string[]> {
  const tree = await region.ariaSnapshot();
  return tree
    .split('\n')
    .filter((line) =>
      /^\s*- (button|link|radio|checkbox|textbox|combobox|searchbox|spinbutton|group)( \[[^\]]*\])*:?$/.test(
        line,
      ),
    );
}

test('a quiz names its questions by their text, each choice, and announces the result', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const learner = await registerLearner(api, 'Noor Haddad, PT');
  const { enroll } = await learner.client.ok<{ enroll: { id: string } }>(
    `mutation ($id: ID!) { enroll(courseId: $id) { id } }`,
    { id: course.courseId },
  );
  await signIn(
    page,
    learner.email,
    learner.password,
    `/learning/${enroll.id}/quizzes/${course.quizId}`,
  );
  const main = page.getByRole('main');

  await test.step('before the start: the title, the way back, the rules and the button', async () => {
    await expect(main).toMatchAriaSnapshot(`
      - heading "Safety check" [level=1]
      - paragraph: Module quiz
      - paragraph:
        - link "← Course overview"
      - list:
        - listitem: 2 questions
        - listitem: 100% to pass
      - paragraph:
        - button "Start the quiz"
    `);
    expect(await namelessControls(main)).toEqual([]);
  });

  await test.step('in progress: each question a group named by its number and text', async () => {
    await main.getByRole('button', { name: 'Start the quiz' }).click();
    for (const number of [1, 2]) {
      const question = main.getByRole('group', { name: new RegExp(`^Question ${number} of 2`) });
      await expect(question).toBeVisible();
      await expect(question).toHaveAccessibleName(
        new RegExp(`^Question ${number} of 2 (?:${STEM.source})$`),
      );
      await expect(question.getByRole('radio', { name: RIGHT, exact: true })).toBeVisible();
      await expect(question.getByRole('radio', { name: WRONG, exact: true })).toBeVisible();
      await expect(question.getByRole('radio')).toHaveCount(2);
    }
    // The time left is read as text, the answered count beside it.
    await expect(main.getByText(/Time left:/)).toBeVisible();
    await expect(main.getByText('Attempt 1 · 0 of 2 answered')).toBeVisible();
    expect(await namelessControls(main)).toEqual([]);
    await expectNoSeriousA11yViolations(page, 'quiz in progress, read by a screen reader');
  });

  await test.step('a saved answer is said politely, in the question it belongs to', async () => {
    const first = main.getByRole('group', { name: /^Question 1 of 2/ });
    await first.getByRole('radio', { name: RIGHT, exact: true }).check();
    await expect(first.getByRole('status')).toHaveText('✓ Answer saved');
    await expect(first.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    const second = main.getByRole('group', { name: /^Question 2 of 2/ });
    await second.getByRole('radio', { name: RIGHT, exact: true }).check();
    await expect(second.getByRole('status')).toHaveText('✓ Answer saved');
  });

  await test.step('the confirmation is a named dialog; the result a status with the score', async () => {
    await main.getByRole('button', { name: 'Submit answers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
    await expect(dialog).toMatchAriaSnapshot(`
      - heading "Submit your answers?" [level=2]
      - paragraph: /You answered 2 of 2 questions\\./
      - button "Cancel"
      - button "Submit"
    `);
    await dialog.getByRole('button', { name: 'Submit', exact: true }).click();
    const result = main.getByRole('status').filter({ hasText: 'Your score' });
    await expect(result).toMatchAriaSnapshot(`
      - status:
        - paragraph: "Your score: 100% — passed"
        - paragraph: 2 of 2 points; 100% needed to pass.
    `);
    await expect(result).toBeFocused();
    await expect(main.getByRole('heading', { level: 2, name: /^Attempt 1: 100%/ })).toBeVisible();
    expect(await namelessControls(main)).toEqual([]);
    await expectNoSeriousA11yViolations(page, 'quiz result, read by a screen reader');
    await screenshot(page, 'screen-reader-quiz-result');
  });
});

test('a certificate names its holder, hours and verification link; so does its public page', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const learner = await registerLearner(api, 'Noor Haddad, PT');
  const code = await earnCertificate(learner.client, course);
  await signIn(page, learner.email, learner.password, '/certificates');
  const main = page.getByRole('main');

  await test.step('the certificates page: a named card with its facts as terms', async () => {
    await expect(main.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
    // The card is a list item named by its heading.
    const card = main.getByRole('listitem', { name: course.title });
    await expect(card).toMatchAriaSnapshot(`
      - heading "${course.title}" [level=2]
      - term: Code
      - definition: ${code}
      - term: Holder
      - definition: Noor Haddad, PT
      - term: CE hours
      - definition: /0\\.25 CE hours/
      - term: Share link
      - definition:
        - link /\\/verify\\/${code}$/
      - button "Download PDF"
      - button "Copy share link"
      - link "Credential file"
    `);
    await expect(card.getByRole('link', { name: new RegExp(`/verify/${code}$`) })).toHaveAttribute(
      'href',
      `/verify/${code}`,
    );
    expect(await namelessControls(main)).toEqual([]);
    await expectNoSeriousA11yViolations(page, 'certificates, read by a screen reader');
  });

  await test.step('the verification page: the verdict is a named status, then the facts', async () => {
    await main.getByRole('link', { name: new RegExp(`/verify/${code}$`) }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Certificate verification' }),
    ).toBeFocused();
    await expect(main).toMatchAriaSnapshot(`
      - heading "Certificate verification" [level=1]
      - status "VALID"
      - term: Holder
      - definition: Noor Haddad, PT
      - term: Course
      - definition: /${course.title}/
      - term: CE hours
      - definition: /0\\.25 CE hours/
      - term: Code
      - definition: ${code}
      - paragraph:
        - link "Verify another code"
    `);
    expect(await namelessControls(main)).toEqual([]);
    await expectNoSeriousA11yViolations(page, 'verification, read by a screen reader');
    await screenshot(page, 'screen-reader-verification');
  });
});
