// Journeys run code in the page (page.evaluate) that uses the DOM's types.
/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Page, Response } from '@playwright/test';
import sharp from 'sharp';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { checkBothSizes } from './support/a11y.js';
import type { Api } from './support/api.js';
import { registerLearner } from './support/courses.js';
import { watchContentSecurityPolicy } from './support/csp.js';
import { ANALYSIS_QUESTIONS, honestDraft } from './support/teach.js';

const CLIP = fileURLToPath(new URL('../fixtures/media/three-second-clip.webm', import.meta.url));
const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:02.500\nLift the muscle in a pincer grip.\n';
const TRANSCRIPT = 'Lift the muscle in a pincer grip, then needle across the fold.';
const ALT = 'A pincer grip lifting the upper trapezius away from the chest wall';

const PROGRESS = `query ($id: ID!) {
  enrollment(id: $id) {
    progressReport { lessons { lessonId creditedSeconds requiredSeconds watchedSeconds videoSeconds } }
  }
}`;

interface LessonProgress {
  lessonId: string;
  creditedSeconds: number;
  requiredSeconds: number;
  watchedSeconds: number;
  videoSeconds: number;
}

/** The lesson's seat time as the API reports it to the learner. */
async function lessonProgress(
  learner: Api,
  enrollmentId: string,
  lessonId: string,
): Promise<LessonProgress> {
  const { enrollment } = await learner.ok<{
    enrollment: { progressReport: { lessons: LessonProgress[] } };
  }>(PROGRESS, { id: enrollmentId });
  const lesson = enrollment.progressReport.lessons.find((l) => l.lessonId === lessonId);
  if (!lesson) throw new Error(`no progress for lesson ${lessonId}`);
  return lesson;
}

/** The lesson page's seat-time report answered, if this response is one saying `playing`. */
function isPlayingReport(response: Response): boolean {
  const request = response.request();
  if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return false;
  const body = request.postDataJSON() as {
    operationName?: string;
    variables?: { playing?: boolean };
  } | null;
  return body?.operationName === 'RecordLessonActivity' && body.variables?.playing === true;
}

/** A 40x30 PNG carrying EXIF the API strips (it re-encodes images as WebP). */
function picture(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366cc' } })
    .withExif({ IFD0: { Artist: 'Imani Okafor', Make: 'SecretCam' } })
    .png()
    .toBuffer();
}

async function opened(page: Page, summary: string): Promise<void> {
  const panel = page.locator('details.add-panel').filter({ hasText: summary });
  if (!(await panel.evaluate((details: HTMLDetailsElement) => details.open))) {
    await panel.locator('summary').click();
  }
}

test('an author adds a picture and a captioned video; a learner watches it for seat time', async ({
  page,
  browser,
  baseURL,
  api,
}) => {
  const instructor = await api.login(DEMO.instructor.email, DEMO.instructor.password);
  const admin = await api.login(DEMO.admin.email, DEMO.admin.password);
  const suffix = randomBytes(3).toString('hex');
  const title = `Pincer grip in pictures ${suffix}`;
  const draft = await honestDraft(instructor, {
    title,
    slug: `pincer-grip-${suffix}`,
    objective: {
      key: 'safety-pneumothorax',
      text: 'Needle the upper trapezius without reaching the pleura',
    },
    module: 'Safety over the thorax',
    lesson: {
      title: 'The pincer grip',
      bodyMarkdown: '## The grip\n\nLift the muscle in a **pincer grip** and needle across it.',
    },
    bank: 'Thorax questions',
    questions: ANALYSIS_QUESTIONS,
    quiz: 'Thorax safety quiz',
  });

  // The author's own browser, watched for what the content security policy blocks too.
  const authorContext = await browser.newContext({ baseURL });
  const author = await authorContext.newPage();
  const authorBlocked = await watchContentSecurityPolicy(author);

  await test.step('the author adds a picture, with the alt text asked for first', async () => {
    await signIn(
      author,
      DEMO.instructor.email,
      DEMO.instructor.password,
      `/teach/versions/${draft.versionId}/lessons/${draft.lessonId}`,
    );
    const media = author.getByRole('region', { name: 'Pictures and video' });
    await expect(media.getByText('No pictures or video in this lesson.')).toBeVisible();
    await opened(author, 'Add a picture');
    const form = author.getByRole('form', { name: 'Add a picture' });
    await expect(
      form.getByText(/Screen readers read this aloud in place of the picture/),
    ).toBeVisible();
    await form
      .getByLabel('Picture', { exact: true })
      .setInputFiles({ name: 'pincer-grip.png', mimeType: 'image/png', buffer: await picture() });
    await form.getByRole('button', { name: 'Add picture' }).click();
    await expect(form.getByText(/Write the alt text: screen readers read it/)).toBeVisible();
    await form.getByLabel(/^Alt text/).fill(ALT);
    await form.getByRole('button', { name: 'Add picture' }).click();
    const item = media.getByRole('listitem').filter({ hasText: 'Picture 1' });
    await expect(item.getByRole('img', { name: ALT })).toBeVisible();
    // Re-encoded as WebP at its own size.
    await expect(item).toContainText('40 × 30 px');
  });

  await test.step('the author adds the video, with captions required and a transcript', async () => {
    const media = author.getByRole('region', { name: 'Pictures and video' });
    await opened(author, 'Add a video');
    const form = author.getByRole('form', { name: 'Add a video' });
    await form.getByLabel('Video', { exact: true }).setInputFiles(CLIP);
    await form.getByRole('button', { name: 'Add video' }).click();
    await expect(form.getByText(/Choose the captions file \(WebVTT, \.vtt\)/)).toBeVisible();
    // A captions file that is not WebVTT: the API refuses it, and says so beside the field.
    await form.getByLabel(/^Captions/).setInputFiles({
      name: 'pincer-grip.vtt',
      mimeType: 'text/vtt',
      buffer: Buffer.from('1\n00:00:00,000 --> 00:00:02,500\nAn SRT file\n'),
    });
    await form.getByRole('button', { name: 'Add video' }).click();
    await expect(form.getByText(/must begin with the line WEBVTT/)).toBeVisible();
    await form.getByLabel('Video', { exact: true }).setInputFiles(CLIP);
    await form.getByLabel(/^Captions/).setInputFiles({
      name: 'pincer-grip.vtt',
      mimeType: 'text/vtt',
      buffer: Buffer.from(CAPTIONS),
    });
    await form.getByLabel(/^Transcript/).fill(TRANSCRIPT);
    await form.getByRole('button', { name: 'Add video' }).click();
    const item = media.getByRole('listitem').filter({ hasText: 'Video 2' });
    // MediaRecorder's 2.8 s, rounded up.
    await expect(item).toContainText('0:03 (3 seconds)');
    await expect(item).toContainText('With a transcript');
    await checkBothSizes(author, 'media-editor');
    expect(authorBlocked, 'what the content security policy blocked for the author').toEqual([]);
    await authorContext.close();
  });

  // Published through the API: submitted by its author, published by an admin.
  await instructor.ok(`mutation ($id: ID!) { submitCourseVersion(versionId: $id) { id } }`, {
    id: draft.versionId,
  });
  await admin.ok(`mutation ($id: ID!) { publishCourseVersion(versionId: $id) { id } }`, {
    id: draft.versionId,
  });

  const learner = await registerLearner(api, 'Sam Student, PT');
  const { enroll } = await learner.client.ok<{ enroll: { id: string } }>(
    `mutation ($id: ID!) { enroll(courseId: $id) { id } }`,
    { id: draft.courseId },
  );

  await test.step('the learner sees the picture’s alt text, the captions and the transcript', async () => {
    await signIn(
      page,
      learner.email,
      learner.password,
      `/learning/${enroll.id}/lessons/${draft.lessonId}`,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'The pincer grip' })).toBeVisible();
    const media = page.getByRole('region', { name: 'Pictures and video' });
    const image = media.getByRole('img', { name: ALT });
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('width', '40');
    const video = media.locator('video');
    await expect(video).toHaveAttribute('controls', '');
    await expect(video).toHaveAttribute('preload', 'metadata');
    const track = video.locator('track');
    await expect(track).toHaveAttribute('kind', 'captions');
    await expect(track).toHaveAttribute('srclang', 'en');
    await expect(track).toHaveAttribute('label', 'English');
    await expect(media.getByRole('region', { name: 'Transcript of video 2' })).toHaveText(
      TRANSCRIPT,
    );
    await checkBothSizes(page, 'media-lesson');
  });

  await test.step('the learner plays the video: the time it played is credited', async () => {
    const before = await lessonProgress(learner.client, enroll.id, draft.lessonId);
    expect(before.videoSeconds).toBe(3);
    const reported = page.waitForResponse(isPlayingReport, { timeout: 30_000 });
    // Muted: a video started by a script, not a person's click, may play only without sound.
    await page.evaluate(async () => {
      const video = document.querySelector('video');
      if (!video) throw new Error('no video on the lesson page');
      video.muted = true;
      await new Promise<void>((resolve, reject) => {
        video.addEventListener('ended', () => resolve(), { once: true });
        video.addEventListener('error', () => reject(new Error('the video did not play')), {
          once: true,
        });
        video.play().catch(reject);
      });
    });
    await reported;
    // The captions were fetched and read: the default track shows its cue.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const track = document.querySelector('track');
          if (track?.readyState !== HTMLTrackElement.LOADED) return null;
          return { mode: track.track.mode, cues: track.track.cues?.length ?? 0 };
        }),
      )
      .toEqual({ mode: 'showing', cues: 1 });
    await expect
      .poll(
        async () =>
          (await lessonProgress(learner.client, enroll.id, draft.lessonId)).watchedSeconds,
      )
      .toBeGreaterThanOrEqual(2);
    // Seat time grew by at least the seconds played, up to the lesson's requirement (other
    // journeys move the shared server clock a minute at a time, which can fill it at once).
    const after = await lessonProgress(learner.client, enroll.id, draft.lessonId);
    expect(after.creditedSeconds).toBeGreaterThanOrEqual(
      Math.min(before.creditedSeconds + 2, after.requiredSeconds),
    );
    expect(after.creditedSeconds).toBeGreaterThan(0);
  });
});
