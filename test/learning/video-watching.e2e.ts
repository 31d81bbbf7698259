import { readFile } from 'node:fs/promises';
import { ENROLL, quizCourse, type QuizCourse } from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { COMPLETE_LESSON } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REPORT = /* GraphQL */ `
  mutation Report($lessonId: ID!, $playing: Boolean) {
    recordLessonActivity(lessonId: $lessonId, playing: $playing) {
      creditedSeconds
      watchedSeconds
      videoSeconds
      completed
    }
  }
`;
const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:02.500\nThe needle enters across a lifted fold.\n';

interface Report {
  creditedSeconds: number;
  watchedSeconds: number;
  videoSeconds: number;
  completed: boolean;
}

/** A video lesson counts the seconds its video was seen playing, not only the open tab. */
describe('seat time from a video watched', () => {
  let test: TestApp;
  let course: QuizCourse;

  beforeAll(async () => {
    test = await startTestApp();
    const author = await asInstructor(test);
    const authorClient = test.client.as(author.accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    course = await quizCourse(authorClient, admin, { bankSize: 3, publish: false });
    const lessonId = course.lessonIds[0];
    await authorClient.ok(UPDATE_LESSON, { input: { lessonId, seatTimeMinutes: 1 } });
    await upload(author, lessonId);
    await publish(authorClient, admin, course.versionId);
  }, 120_000);
  afterAll(() => test.close());

  async function upload(author: Session, lessonId: string): Promise<void> {
    const form = new FormData();
    const clip = await readFile(
      new URL('../fixtures/media/three-second-clip.webm', import.meta.url),
    );
    form.append('file', new Blob([clip], { type: 'video/webm' }), 'clip.webm');
    form.append('captions', new Blob([CAPTIONS], { type: 'text/vtt' }), 'clip.vtt');
    form.append('transcript', 'The needle enters across a lifted fold.');
    const response = await fetch(`${test.url}/media/lessons/${lessonId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${author.accessToken}` },
      body: form,
    });
    expect(response.status).toBe(201);
  }

  async function learner(): Promise<GraphQLClient> {
    const client = test.client.as((await registerLearner(test)).accessToken);
    await client.ok(ENROLL, { courseId: course.courseId });
    return client;
  }

  const report = async (client: GraphQLClient, playing: boolean) =>
    (
      await client.ok<{ recordLessonActivity: Report }>(REPORT, {
        lessonId: course.lessonIds[0],
        playing,
      })
    ).recordLessonActivity;

  it('credits watching only for the seconds the page says the video played', async () => {
    const client = await learner();
    expect(await report(client, false)).toMatchObject({ watchedSeconds: 0, videoSeconds: 3 });
    // A minute with the tab open and the video paused: seat time, no watching.
    test.clock.advance(60_000);
    expect(await report(client, false)).toMatchObject({
      creditedSeconds: 60,
      watchedSeconds: 0,
      completed: false,
    });
    const refused = await client.error(COMPLETE_LESSON, { lessonId: course.lessonIds[0] });
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VIDEO_NOT_WATCHED' });

    // Three seconds of playback: watched, and the lesson is done.
    test.clock.advance(3_000);
    expect(await report(client, true)).toMatchObject({ watchedSeconds: 3, completed: true });
  });

  it('counts no more watching than the server clock saw pass', async () => {
    const client = await learner();
    await report(client, true);
    test.clock.advance(60_000);
    await report(client, false);
    test.clock.advance(1_000);
    // A minute open, one second playing: the seat time is met, the video is not.
    expect(await report(client, true)).toMatchObject({
      creditedSeconds: 60,
      watchedSeconds: 1,
      completed: false,
    });
  });
});
