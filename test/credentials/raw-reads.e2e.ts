import { DataSource } from 'typeorm';
import { CatalogReader, type CatalogRow } from '../../apps/api/src/catalog/catalog-reader.js';
import { ApprovalFilter, type CoursesArgs } from '../../apps/api/src/catalog/dto/courses.args.js';
import { CourseVersionEntity } from '../../apps/api/src/catalog/entities/course-version.entity.js';
import { CourseEntity } from '../../apps/api/src/catalog/entities/course.entity.js';
import { decodeCursor, encodeCursor } from '../../apps/api/src/common/pagination/connection.js';
import { CertificateEntity } from '../../apps/api/src/credentials/entities/certificate.entity.js';
import { RawEntityReader } from '../../apps/api/src/database/raw-entity-reader.js';
import { CourseModuleEntity } from '../../apps/api/src/catalog/entities/course-module.entity.js';
import { LessonEntity } from '../../apps/api/src/catalog/entities/lesson.entity.js';
import { LicenseEntity } from '../../apps/api/src/identity/entities/license.entity.js';
import { UserEntity } from '../../apps/api/src/identity/entities/user.entity.js';
import { quizCourse } from '../support/assessment.js';
import { asInstructor, draftCourse, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, registerLearner } from '../support/factories.js';
import { finishOneLessonCourse, REVOKE } from '../support/learning.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The bench's hot requests (bench/scenarios/me.js, verify.js, catalog.js), field for field.
const ME =
  'query Me { me { id email displayName profession licenseNumber licenseState roles createdAt } }';
const VERIFY =
  'query Verify($code: String!) { verifyCertificate(code: $code) { status code codeWellFormed ' +
  'holderName licenseNumber licenseState title courseVersion provider ceHours creditMinutes ' +
  'onlineMinutes liveMinutes credentialKind scopeStatement approvals { body approvalNumber ' +
  'isSample minutesPerHour increment hours hoursText } completedOn expiresOn revokedOn } }';
const CATALOG =
  'query Catalog { courses(first: 20) { edges { cursor node { id slug currentVersion { ' +
  'id number title summary creditMinutes ceHours topicTags modules { id position title ' +
  'lessons { id position title seatTimeMinutes } } } } } pageInfo { hasNextPage endCursor } } }';

/**
 * The hot reads that skip TypeORM's query builder (RawEntityReader) must give exactly the
 * entities `findBy` gives: every column, with the same types and transformers (dates, numeric
 * hours, JSON approvals, timestamps), a revoked certificate as well as a current one.
 */
describe('raw entity reads, the same entities as TypeORM', () => {
  let test: TestApp;
  let db: DataSource;
  let learnerToken: string;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    const author = test.client.as((await asInstructor(test)).accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    const course = await quizCourse(author, admin, { bankSize: 3, publish: false });
    await author.ok(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 },
    });
    await publish(author, admin, course.versionId);
    // Two more courses for the catalog page: 3 and 1 hours, one with another topic.
    for (const input of [
      { creditMinutes: 180, topicTags: ['safety', 'dry-needling'] },
      { creditMinutes: 60, title: 'Clean needle technique' },
    ]) {
      const draft = await draftCourse(author, { input });
      await publish(author, admin, draft.versionId);
    }
    for (const name of ['first', 'second']) {
      const learner = await registerLearner(test, { displayName: `Raw ${name}` });
      learnerToken = learner.accessToken;
      await finishOneLessonCourse(test, test.client.as(learner.accessToken), course);
    }
    const [revoked] = await db.manager.find(CertificateEntity, { order: { issuedAt: 'ASC' } });
    await admin.ok(REVOKE, { input: { code: revoked!.code, reason: 'Issued in error' } });
  });
  afterAll(() => test.close());

  it('reads certificates by code as findOneBy does, revoked or not', async () => {
    const reader = new RawEntityReader(db, CertificateEntity);
    const certificates = await db.manager.find(CertificateEntity);
    expect(certificates).toHaveLength(2);
    expect(certificates.some((certificate) => certificate.revokedAt !== null)).toBe(true);
    for (const certificate of certificates) {
      const [raw] = await reader.where('"code" = $1 LIMIT 1', [certificate.code]);
      expect(raw).toBeInstanceOf(CertificateEntity);
      expect(raw).toEqual(
        await db.manager.findOneBy(CertificateEntity, { code: certificate.code }),
      );
    }
    expect(await reader.where('"code" = $1 LIMIT 1', ['FAS-NONE-0000'])).toEqual([]);
  });

  it('reads licenses as find does', async () => {
    const licenses = await db.manager.find(LicenseEntity, { order: { id: 'ASC' } });
    expect(licenses.length).toBeGreaterThan(1);
    const raw = await new RawEntityReader(db, LicenseEntity).where(
      '"id" = ANY($1::uuid[]) ORDER BY "id"',
      [licenses.map((license) => license.id)],
    );
    expect(raw).toEqual(licenses);
  });

  it('reads accounts by id as findBy does', async () => {
    const reader = new RawEntityReader(db, UserEntity);
    const users = await db.manager.find(UserEntity, { order: { id: 'ASC' } });
    expect(users.length).toBeGreaterThan(2);
    const raw = await reader.where('"id" = ANY($1::uuid[]) ORDER BY "id"', [
      users.map((user) => user.id),
    ]);
    expect(raw).toEqual(users);
  });

  it("reads a catalog page's modules and lessons as find does", async () => {
    const modules = await db.manager.find(CourseModuleEntity, { order: { id: 'ASC' } });
    const lessons = await db.manager.find(LessonEntity, { order: { id: 'ASC' } });
    expect(modules.length).toBeGreaterThan(0);
    expect(lessons.length).toBeGreaterThan(0);
    const byId = '"id" = ANY($1::uuid[]) ORDER BY "id"';
    expect(
      await new RawEntityReader(db, CourseModuleEntity).where(byId, [modules.map((m) => m.id)]),
    ).toEqual(modules);
    expect(
      await new RawEntityReader(db, LessonEntity).where(byId, [lessons.map((l) => l.id)]),
    ).toEqual(lessons);
  });

  it('reads catalog pages as TypeORM did, with every filter and after a cursor', async () => {
    const reader = test.app.get(CatalogReader);
    const today = new Date().toISOString().slice(0, 10);
    const all = await typeormPage(db, { first: 20 }, today);
    expect(all.length).toBe(3);
    const cases: Partial<CoursesArgs>[] = [
      { first: 20 },
      { first: 1 },
      { first: 2, after: encodeCursor({ key: all[0]!.sortKey, id: all[0]!.id }) },
      { first: 20, search: 'clean' },
      { first: 20, minCeHours: 1.5 },
      { first: 20, maxCeHours: 2 },
      { first: 20, minCeHours: 1, maxCeHours: 1 },
      { first: 20, topic: 'safety' },
      { first: 20, approval: ApprovalFilter.APPROVED },
      { first: 20, approval: ApprovalFilter.NOT_APPROVED },
    ];
    const sizes = [];
    for (const args of cases) {
      const raw = await reader.pageCourses(args as CoursesArgs, today);
      for (const row of raw) expect(row.publishedVersion).toBeInstanceOf(CourseVersionEntity);
      expect(raw).toEqual(await typeormPage(db, args, today));
      sizes.push(raw.length);
    }
    // A page holds one row more than asked; each filter left some out (none has an approval).
    expect(sizes).toEqual([3, 2, 2, 1, 2, 2, 1, 1, 0, 3]);
  });

  it("sends the bench's hot requests in as many statements as their baselines", async () => {
    const learner = test.client.as(learnerToken);
    const [certificate] = await db.manager.find(CertificateEntity);
    const counts = {
      me: (await countQueries(db, () => learner.ok(ME))).queries.length,
      verify: (await countQueries(db, () => test.client.ok(VERIFY, { code: certificate!.code })))
        .queries.length,
      catalog: (await countQueries(db, () => learner.ok(CATALOG))).queries.length,
    };
    // me: the account and its licenses; verify: the certificate; catalog: the page with its
    // versions, then one batch of modules and one of lessons.
    expect(counts).toEqual({ me: 2, verify: 1, catalog: 3 });
  });
});

/** The catalog page as TypeORM's query builder made it, before it was written by hand. */
async function typeormPage(
  db: DataSource,
  args: Partial<CoursesArgs>,
  today: string,
): Promise<CatalogRow[]> {
  const query = db.manager
    .createQueryBuilder(CourseEntity, 'c')
    .innerJoinAndSelect('c.publishedVersion', 'v')
    .addSelect('lower(v.title)', 'sort_key')
    .orderBy('lower(v.title)', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .limit((args.first ?? 20) + 1);
  if (args.after) {
    const { key, id } = decodeCursor(args.after);
    query.andWhere('(lower(v.title), c.id) > (:key, :id)', { key, id });
  }
  if (args.search?.trim()) {
    query.andWhere(
      `to_tsvector('english', v.title || ' ' || v.summary) @@ websearch_to_tsquery('english', :search)`,
      { search: args.search.trim() },
    );
  }
  const hours = 'floor(v.credit_minutes / 15.0) / 4';
  if (args.minCeHours != null) query.andWhere(`${hours} >= :min`, { min: args.minCeHours });
  if (args.maxCeHours != null) query.andWhere(`${hours} <= :max`, { max: args.maxCeHours });
  if (args.topic) query.andWhere('v.topic_tags @> ARRAY[:topic]::text[]', { topic: args.topic });
  if (args.approval) {
    const active = `EXISTS (SELECT 1 FROM course_approvals a WHERE a.course_id = c.id
      AND NOT a.is_sample
      AND a.valid_from <= :today AND (a.valid_until IS NULL OR a.valid_until >= :today))`;
    query.andWhere(args.approval === ApprovalFilter.APPROVED ? active : `NOT ${active}`, {
      today,
    });
  }
  const { entities, raw } = await query.getRawAndEntities<{ c_id: string; sort_key: string }>();
  const keys = new Map(raw.map((row) => [row.c_id, row.sort_key]));
  return entities.map((course) => Object.assign(course, { sortKey: keys.get(course.id)! }));
}
