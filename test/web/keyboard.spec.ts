import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, test } from './fixtures.js';
import type { Api } from './support/api.js';
import { expectNoSeriousA11yViolations, screenshot } from './support/a11y.js';
import { createShortCourse, registerLearner, RIGHT, WRONG } from './support/courses.js';

// Everything below is done with page.keyboard only: no click, no fill, no check.

/** Whether the element has focus now (no waiting, unlike `toBeFocused`). */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus, as a keyboard user moves
 * through a page; fails after `max` presses (the target is not in the tab order).
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}) {
  await expect(target).toBeVisible();
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await hasFocus(target)) return;
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${target}`);
}

/**
 * Answers a two-choice question from its first choice, which Tab has just focused (the first
 * in the order the draw gave): Space picks it if it is the right one, otherwise the arrow
 * moves to the right one and picks it. One answer is saved either way.
 */
async function chooseRight(page: Page, question: Locator): Promise<void> {
  const right = question.getByRole('radio', { name: RIGHT, exact: true });
  const wrong = question.getByRole('radio', { name: WRONG, exact: true });
  if (await hasFocus(wrong)) {
    await page.keyboard.press('ArrowDown');
  } else {
    await expect(right).toBeFocused();
    await page.keyboard.press('Space');
  }
  await expect(right).toBeFocused();
  await expect(right).toBeChecked();
  await expect(wrong).not.toBeChecked();
  await expect(question.getByText('✓ Answer saved')).toBeVisible();
}

async function enrol(learner: Api, courseId: string): Promise<void> {
  await learner.ok(`mutation ($id: ID!) { enroll(courseId: $id) { id } }`, { id: courseId });
}

test('a learner signs in, takes a quiz and reads the result with the keyboard alone', async ({
  page,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const course = await createShortCourse(instructor, admin);
  const learner = await registerLearner(api, 'Kai Morgan, PT');
  // Enrolled already; a quiz may be taken before the lessons are read.
  await enrol(learner.client, course.courseId);

  await test.step('sign in: Tab to each field, type, Enter', async () => {
    await page.goto('/sign-in?next=%2Flearning');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await tabTo(page, page.getByLabel('Email'));
    await page.keyboard.type(learner.email);
    await tabTo(page, page.getByLabel('Password'));
    await page.keyboard.type(learner.password);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/learning$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeFocused();
  });

  await test.step('open the course, then its quiz', async () => {
    await tabTo(page, page.getByRole('link', { name: course.title }));
    await page.keyboard.press('Enter');
    // A new page: focus on its heading, where reading starts.
    await expect(page.getByRole('heading', { level: 1, name: course.title })).toBeFocused();
    await tabTo(page, page.getByRole('link', { name: 'Safety check', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Safety check' })).toBeFocused();
  });

  const first = page.getByRole('group', { name: /^Question 1 of 2/ });
  const second = page.getByRole('group', { name: /^Question 2 of 2/ });
  const submit = page.getByRole('button', { name: 'Submit answers' });

  await test.step('start: focus moves to the first question', async () => {
    await tabTo(page, page.getByRole('button', { name: 'Start the quiz' }));
    await page.keyboard.press('Space');
    await expect(first).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'quiz started, by keyboard');
  });

  await test.step('answer each question with Tab, Space and the arrows', async () => {
    await page.keyboard.press('Tab');
    await chooseRight(page, first);
    // Tab leaves a radio group for the next one: one stop per question, not per choice.
    await page.keyboard.press('Tab');
    await chooseRight(page, second);
    await page.keyboard.press('Tab');
    await expect(submit).toBeFocused();
    // And back: Shift+Tab returns to the chosen answer.
    await page.keyboard.press('Shift+Tab');
    await expect(second.getByRole('radio', { name: RIGHT, exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(submit).toBeFocused();
    await screenshot(page, 'keyboard-quiz-answered');
  });

  await test.step('submit: Escape cancels the confirmation, Enter confirms it', async () => {
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('You answered 2 of 2 questions.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(submit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Submit', exact: true }), { max: 4 });
    await page.keyboard.press('Enter');
  });

  await test.step('the result has focus and is announced', async () => {
    const result = page.getByRole('status').filter({ hasText: 'Your score: 100% — passed' });
    await expect(result).toBeFocused();
    await expect(result).toContainText('2 of 2 points; 100% needed to pass.');
    await expect(page.getByRole('heading', { name: /Attempt 1: 100%/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'quiz result, by keyboard');
    await screenshot(page, 'keyboard-quiz-result');
  });
});

test('the header’s More list works from the keyboard', async ({ page, api }) => {
  const learner = await registerLearner(api, 'Kai Morgan, PT');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/sign-in?next=%2Fcertificates');
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type(learner.email);
  await tabTo(page, page.getByLabel('Password'));
  await page.keyboard.type(learner.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeFocused();

  const nav = page.getByRole('navigation', { name: 'Main' });
  const more = nav.getByRole('button', { name: 'More' });
  const transcript = nav.getByRole('link', { name: 'Transcript', exact: true });

  await test.step('Enter opens it, Tab reaches its links, Escape closes it onto its button', async () => {
    await tabTo(page, more, { back: true });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(transcript).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(transcript).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    await expect(transcript).toBeHidden();
  });

  await test.step('Tab past its last link closes it', async () => {
    await page.keyboard.press('Space');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await tabTo(page, nav.getByRole('link', { name: 'Verify', exact: true }), { max: 5 });
    await page.keyboard.press('Tab');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: /account settings/ })).toBeFocused();
  });

  await test.step('a link in it opens its page, focus on the new heading', async () => {
    await tabTo(page, more, { back: true, max: 3 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(transcript).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/transcript$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Transcript' })).toBeFocused();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  });
});
