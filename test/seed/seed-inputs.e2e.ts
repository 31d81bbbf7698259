import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultContentDir } from '@fascicle/curriculum';
import { DataSource } from 'typeorm';
import { CourseReviewService } from '../../apps/api/src/catalog/course-review.service.js';
import { seedInputsDigest, seedIsCurrent } from '../../apps/api/src/seed/seed-inputs.js';
import { freshDatabase, type TestDatabase } from '../support/database.js';
import { seedCurriculum } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * `npm start` skips the seed's app when the database holds a complete seed of the same
 * files (main.ts): the one question it asks must answer yes only then.
 */
describe('the seed check of a later start', () => {
  let database: TestDatabase;
  let test: TestApp;
  let contentDir: string;

  beforeAll(async () => {
    database = await freshDatabase();
    test = await startTestApp({}, { database: database.target });
    contentDir = await mkdtemp(join(tmpdir(), 'fascicle-content-'));
    await cp(defaultContentDir(), contentDir, { recursive: true });
  });

  afterAll(async () => {
    await test?.close();
    await database?.dispose();
    await rm(contentDir, { recursive: true, force: true });
  });

  const current = (options: { demoData: boolean; contentDir?: string }) =>
    seedIsCurrent(database.target, seedInputsDigest(options));

  it('answers yes only after a complete run, and no once a file or an option changes', async () => {
    const options = { demoData: false, contentDir };
    expect(await current(options)).toBe(false);

    // A run stopped part-way (at the second course's publication) records nothing.
    const review = test.app.get(CourseReviewService);
    const publish = review.publish.bind(review);
    let calls = 0;
    review.publish = async (...args) => {
      calls += 1;
      if (calls === 2) throw new Error('simulated crash');
      return publish(...args);
    };
    await expect(seedCurriculum(test, { contentDir })).rejects.toThrow('simulated crash');
    review.publish = publish;
    expect(await current(options)).toBe(false);

    await seedCurriculum(test, { contentDir });
    expect(await current(options)).toBe(true);
    expect(await current({ ...options, demoData: true })).toBe(false);
    expect(await current({ demoData: false })).toBe(true);

    const file = join(contentDir, 'courses/02-mechanism/lessons/01-local-twitch-response.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nAdded by the test.\n`);
    expect(await current(options)).toBe(false);
  }, 240_000);

  it('answers no on a database without the seed table (not yet migrated)', async () => {
    const db = test.app.get(DataSource);
    await db.query('ALTER TABLE seed_records RENAME TO seed_records_away');
    try {
      expect(await current({ demoData: false })).toBe(false);
    } finally {
      await db.query('ALTER TABLE seed_records_away RENAME TO seed_records');
    }
  });
});
