import { DataSource } from 'typeorm';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import {
  ADD_AUTHOR,
  asInstructor,
  CREATE_DRAFT,
  draftCourse,
  overrideGates,
  publish,
  SEND_BACK,
  SUBMIT,
  UPDATE_LESSON,
} from '../support/catalog.js';
import { quizCourse } from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LESSON = /* GraphQL */ `
  query Lesson($id: ID!) {
    lesson(id: $id) {
      id
      title
      bodyMarkdown
      module {
        id
        title
      }
      courseVersion {
        id
        number
        status
      }
    }
  }
`;
const REMOVE_AUTHOR = /* GraphQL */ `
  mutation RemoveAuthor($input: RemoveCourseAuthorInput!) {
    removeCourseAuthor(input: $input)
  }
`;
const AUTHORS = /* GraphQL */ `
  query Authors($slug: String!) {
    course(slug: $slug) {
      viewerCanRemoveAuthors
      authors {
        userId
        isOwner
      }
    }
  }
`;
const DISCARD = /* GraphQL */ `
  mutation Discard($versionId: ID!) {
    discardDraftVersion(versionId: $versionId) {
      versionId
      courseId
      number
      courseRemoved
    }
  }
`;

describe('authoring gaps: lesson(id), removing co-authors, discarding drafts', () => {
  let test: TestApp;
  let db: DataSource;
  let owner: Session;
  let author: GraphQLClient;
  let stranger: GraphQLClient;
  let admin: GraphQLClient;
  let learner: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    owner = await asInstructor(test);
    author = test.client.as(owner.accessToken);
    stranger = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    learner = test.client.as((await registerLearner(test)).accessToken);
  }, 60_000);
  afterAll(() => test.close());

  const audited = async (action: string, subjectId: string) =>
    (await db.query(`SELECT details FROM audit_events WHERE action = $1 AND subject_id = $2`, [
      action,
      subjectId,
    ])) as { details: Record<string, unknown> }[];

  describe('lesson(id)', () => {
    it('gives an author one draft lesson with its module and version', async () => {
      const course = await draftCourse(author, { modules: 2, lessons: 2 });
      const { lesson } = await author.ok<{
        lesson: { id: string; module: { id: string }; courseVersion: { id: string } };
      }>(LESSON, { id: course.lessonIds[3] });
      expect(lesson).toMatchObject({
        id: course.lessonIds[3],
        title: 'Lesson 2.2',
        module: { id: course.moduleIds[1], title: 'Module 2' },
        courseVersion: { id: course.versionId, number: 1, status: 'DRAFT' },
      });
    });

    it('hides a draft lesson from everyone but its authors and admins, as courseVersion does', async () => {
      const course = await draftCourse(author);
      const id = course.lessonIds[0];
      for (const outsider of [stranger, learner]) {
        const error = await outsider.error(LESSON, { id });
        expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      }
      await expect(admin.ok(LESSON, { id })).resolves.toBeTruthy();
      const anonymous = await test.client.error(LESSON, { id });
      expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
      const unknown = await author.error(LESSON, { id: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('shows a published lesson to a signed-in learner', async () => {
      const course = await draftCourse(author);
      await publish(author, admin, course.versionId);
      const { lesson } = await learner.ok<{ lesson: { courseVersion: { status: string } } }>(
        LESSON,
        { id: course.lessonIds[0] },
      );
      expect(lesson.courseVersion.status).toBe('PUBLISHED');
    });
  });

  describe('removeCourseAuthor', () => {
    async function withCoAuthor() {
      const course = await draftCourse(author);
      const coAuthor = await asInstructor(test);
      await author.ok(ADD_AUTHOR, { input: { courseId: course.courseId, email: coAuthor.email } });
      return { course, coAuthor, client: test.client.as(coAuthor.accessToken) };
    }

    it('lets the owner remove a co-author, who can no longer edit; audited', async () => {
      const { course, coAuthor, client } = await withCoAuthor();
      const before = await author.ok<{
        course: {
          viewerCanRemoveAuthors: boolean;
          authors: { userId: string; isOwner: boolean }[];
        };
      }>(AUTHORS, { slug: course.slug });
      expect(before.course.viewerCanRemoveAuthors).toBe(true);
      expect(before.course.authors).toEqual(
        expect.arrayContaining([
          { userId: owner.userId, isOwner: true },
          { userId: coAuthor.userId, isOwner: false },
        ]),
      );
      await author.ok(REMOVE_AUTHOR, {
        input: { courseId: course.courseId, userId: coAuthor.userId },
      });
      const after = await author.ok<{ course: { authors: { userId: string }[] } }>(AUTHORS, {
        slug: course.slug,
      });
      expect(after.course.authors.map((a) => a.userId)).toEqual([owner.userId]);
      const edit = await client.error(UPDATE_LESSON, {
        input: { lessonId: course.lessonIds[0], title: 'Mine now' },
      });
      expect(edit.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_COURSE_AUTHOR' });
      const [event] = await audited('COURSE_AUTHOR_REMOVED', course.courseId);
      expect(event?.details).toEqual({ userId: coAuthor.userId });
    });

    it('refuses co-authors, strangers and learners; an admin may remove', async () => {
      const { course, coAuthor, client } = await withCoAuthor();
      const input = { courseId: course.courseId, userId: coAuthor.userId };
      const asCoAuthor = await client.ok<{ course: { viewerCanRemoveAuthors: boolean } }>(AUTHORS, {
        slug: course.slug,
      });
      expect(asCoAuthor.course.viewerCanRemoveAuthors).toBe(false);
      const self = await client.error(REMOVE_AUTHOR, { input });
      expect(self.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_COURSE_OWNER' });
      const foreign = await stranger.error(REMOVE_AUTHOR, { input });
      expect(foreign.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_COURSE_OWNER' });
      expect((await learner.error(REMOVE_AUTHOR, { input })).extensions?.code).toBe('FORBIDDEN');
      await admin.ok(REMOVE_AUTHOR, { input });
      expect(await audited('COURSE_AUTHOR_REMOVED', course.courseId)).toHaveLength(1);
    });

    it('keeps the owner and the last author, naming userId', async () => {
      const { course, coAuthor } = await withCoAuthor();
      const ownerGoes = await admin.error(REMOVE_AUTHOR, {
        input: { courseId: course.courseId, userId: owner.userId },
      });
      expect(ownerGoes.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'userId',
        reason: 'OWNER_CANNOT_BE_REMOVED',
      });
      const notAuthor = await author.error(REMOVE_AUTHOR, {
        input: { courseId: course.courseId, userId: (await asInstructor(test)).userId },
      });
      expect(notAuthor.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
      // A course whose owner is no longer among its authors (e.g. seeded that way).
      await db.query(`DELETE FROM course_authors WHERE course_id = $1 AND user_id = $2`, [
        course.courseId,
        owner.userId,
      ]);
      const last = await admin.error(REMOVE_AUTHOR, {
        input: { courseId: course.courseId, userId: coAuthor.userId },
      });
      expect(last.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'userId',
        reason: 'LAST_AUTHOR',
      });
      expect(await audited('COURSE_AUTHOR_REMOVED', course.courseId)).toHaveLength(0);
    });
  });

  describe('discardDraftVersion', () => {
    const contentOf = async (versionId: string) =>
      (
        (await db.query(
          `SELECT (SELECT count(*) FROM course_modules WHERE version_id = $1)::int AS modules,
                  (SELECT count(*) FROM lessons l JOIN course_modules m ON m.id = l.module_id
                    WHERE m.version_id = $1)::int AS lessons,
                  (SELECT count(*) FROM question_banks WHERE version_id = $1)::int AS banks,
                  (SELECT count(*) FROM quizzes WHERE version_id = $1)::int AS quizzes,
                  (SELECT count(*) FROM course_versions WHERE id = $1)::int AS versions`,
          [versionId],
        )) as Record<string, number>[]
      )[0];

    it('deletes a new draft with its modules, lessons, banks and quizzes; the published version stays', async () => {
      const course = await quizCourse(author, admin, { bankSize: 2 });
      const { createDraftVersion: draft } = await author.ok<{
        createDraftVersion: { id: string };
      }>(CREATE_DRAFT, { input: { courseId: course.courseId, changelog: 'Try a rewrite' } });
      expect(await contentOf(draft.id)).toEqual({
        modules: 1,
        lessons: 1,
        banks: 1,
        quizzes: 1,
        versions: 1,
      });
      const { discardDraftVersion } = await author.ok<{ discardDraftVersion: unknown }>(DISCARD, {
        versionId: draft.id,
      });
      expect(discardDraftVersion).toEqual({
        versionId: draft.id,
        courseId: course.courseId,
        number: 2,
        courseRemoved: false,
      });
      expect(await contentOf(draft.id)).toEqual({
        modules: 0,
        lessons: 0,
        banks: 0,
        quizzes: 0,
        versions: 0,
      });
      expect(await contentOf(course.versionId)).toMatchObject({ versions: 1, quizzes: 1 });
      const [event] = await audited('COURSE_VERSION_DISCARDED', draft.id);
      expect(event?.details).toMatchObject({ courseId: course.courseId, number: 2 });
      // A new draft can start again.
      await author.ok(CREATE_DRAFT, { input: { courseId: course.courseId, changelog: 'Again' } });
    }, 60_000);

    it('removes a never-published course with its only draft', async () => {
      const course = await draftCourse(author);
      const { discardDraftVersion } = await author.ok<{
        discardDraftVersion: { courseRemoved: boolean };
      }>(DISCARD, { versionId: course.versionId });
      expect(discardDraftVersion.courseRemoved).toBe(true);
      const rows = (await db.query(`SELECT 1 FROM courses WHERE id = $1`, [
        course.courseId,
      ])) as unknown[];
      expect(rows).toHaveLength(0);
    });

    it('discards a version sent back by the reviewer', async () => {
      const course = await draftCourse(author);
      await overrideGates(admin, course.versionId);
      await author.ok(SUBMIT, { versionId: course.versionId });
      await admin.ok(SEND_BACK, { input: { versionId: course.versionId, comment: 'Start over' } });
      await expect(author.ok(DISCARD, { versionId: course.versionId })).resolves.toBeTruthy();
    });

    it('refuses versions in review or published, and non-authors', async () => {
      const course = await draftCourse(author);
      const stray = await stranger.error(DISCARD, { versionId: course.versionId });
      expect(stray.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_COURSE_AUTHOR' });
      expect((await learner.error(DISCARD, { versionId: course.versionId })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      await overrideGates(admin, course.versionId);
      await author.ok(SUBMIT, { versionId: course.versionId });
      const inReview = await author.error(DISCARD, { versionId: course.versionId });
      expect(inReview.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'versionId',
        reason: 'VERSION_NOT_DISCARDABLE',
      });
      expect(inReview.message).toMatch(/IN_REVIEW/);
      const published = await draftCourse(author);
      await publish(author, admin, published.versionId);
      const refusal = await author.error(DISCARD, { versionId: published.versionId });
      expect(refusal.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'VERSION_NOT_DISCARDABLE',
      });
      expect(await contentOf(published.versionId)).toMatchObject({ versions: 1, lessons: 1 });
      const unknown = await author.error(DISCARD, {
        versionId: '00000000-0000-4000-8000-000000000000',
      });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'versionId' });
    });
  });
});
