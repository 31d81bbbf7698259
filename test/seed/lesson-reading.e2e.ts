import { DataSource } from 'typeorm';
import { CatalogReader } from '../../apps/api/src/catalog/catalog-reader.js';
import { EnrollmentService } from '../../apps/api/src/learning/enrollment.service.js';
import { ProgressService } from '../../apps/api/src/learning/progress.service.js';
import { LessonReadingWriter } from '../../apps/api/src/seed/lesson-reading-writer.js';
import { asInstructor, draftCourse, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, registerLearner } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MINUTE = 60_000;
const SEAT_MINUTES = [5, 3];

/**
 * The seed's LessonReadingWriter against what it replaces: a report a minute through
 * ProgressService, then `complete`. Two learners read the same lessons at the same times,
 * one each way; every column of their rows must match, also when the writer takes over a
 * lesson the reports had started (a seed resumed after a crash replays its times).
 */
describe('the seed: a lesson read at once, as its reports would leave it', () => {
  let test: TestApp;
  let db: DataSource;
  let courseId: string;
  let lessonIds: string[];
  let start: Date;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    const author = test.client.as((await asInstructor(test)).accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    const course = await draftCourse(author, { modules: 1, lessons: SEAT_MINUTES.length });
    ({ courseId, lessonIds } = course);
    for (const [index, lessonId] of lessonIds.entries()) {
      await author.ok(UPDATE_LESSON, { input: { lessonId, seatTimeMinutes: SEAT_MINUTES[index] } });
    }
    await publish(author, admin, course.versionId);
    start = test.clock.now();
  });
  afterAll(() => test.close());

  async function learner() {
    const { userId } = await registerLearner(test);
    const principal = { userId, roles: [] };
    await test.app.get(EnrollmentService).enroll(courseId, principal);
    return principal;
  }

  /** The loop the seed had: reports at minutes 0..seat time, the end reached at `endAt`. */
  async function report(lesson: number, principal: { userId: string }, from: Date, endAt: number) {
    const progress = test.app.get(ProgressService);
    const lessonId = lessonIds[lesson]!;
    for (let minute = 0; minute <= SEAT_MINUTES[lesson]!; minute += 1) {
      test.clock.set(new Date(from.getTime() + minute * MINUTE));
      await progress.recordActivity(lessonId, { ...principal, roles: [] }, false, minute === endAt);
    }
    await progress.complete(lessonId, { ...principal, roles: [] });
  }

  function write(lesson: number, principal: { userId: string }, from: Date, endAt: number) {
    const writer = new LessonReadingWriter(db, test.app.get(CatalogReader));
    return writer.read({ lessonId: lessonIds[lesson]!, from, endAt }, { ...principal, roles: [] });
  }

  async function rows(userId: string) {
    const progress = await db.query(
      `SELECT p.lesson_id, p.credited_seconds, p.active_seconds, p.reached_end_seconds,
              p.watched_seconds, p.last_activity_at, p.completed_at
         FROM lesson_progress p JOIN enrollments e ON e.id = p.enrollment_id
        WHERE e.user_id = $1 ORDER BY p.lesson_id`,
      [userId],
    );
    const activity = await db.query(
      `SELECT lesson_id, last_report_at FROM learner_activity WHERE user_id = $1`,
      [userId],
    );
    return { progress, activity };
  }

  it('writes the rows of a lesson read from its start, then of the next lesson', async () => {
    const [byReports, byWriter] = [await learner(), await learner()];
    const second = new Date(start.getTime() + 7 * MINUTE);
    await report(0, byReports, start, 4);
    await report(1, byReports, second, 2);
    await write(0, byWriter, start, 4);
    await write(1, byWriter, second, 2);
    const expected = await rows(byReports.userId);
    expect(expected.progress).toHaveLength(2);
    expect(expected.progress[0]).toMatchObject({ credited_seconds: expect.any(Number) });
    expect(await rows(byWriter.userId)).toEqual(expected);
  });

  it('finishes a lesson its reports had started, earning nothing twice', async () => {
    const [byReports, byWriter] = [await learner(), await learner()];
    const from = new Date(start.getTime() + 60 * MINUTE);
    const progress = test.app.get(ProgressService);
    for (const principal of [byReports, byWriter]) {
      for (let minute = 0; minute <= 2; minute += 1) {
        test.clock.set(new Date(from.getTime() + minute * MINUTE));
        await progress.recordActivity(lessonIds[0]!, { ...principal, roles: [] }, false, false);
      }
    }
    // The resumed seed replays the lesson from its first minute.
    await report(0, byReports, from, 3);
    await write(0, byWriter, from, 3);
    const expected = await rows(byReports.userId);
    expect(expected.progress[0]).toMatchObject({ credited_seconds: 300, active_seconds: 300 });
    expect(await rows(byWriter.userId)).toEqual(expected);
  });

  it('refuses a lesson of a course the learner is not enrolled in', async () => {
    const { userId } = await registerLearner(test);
    await expect(write(0, { userId }, start, 1)).rejects.toThrow(/not enrolled/);
  });
});
