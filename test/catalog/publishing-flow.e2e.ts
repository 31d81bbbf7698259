import { asAdmin, registerLearner } from '../support/factories.js';
import {
  ADD_AUTHOR,
  ADD_LESSON,
  asInstructor,
  COURSE,
  COURSE_VERSION,
  CREATE_DRAFT,
  draftCourse,
  lessonInput,
  overrideGates,
  PUBLISH,
  REMOVE_LESSON,
  REMOVE_MODULE,
  REORDER_LESSONS,
  REORDER_MODULES,
  SEND_BACK,
  SUBMIT,
  UPDATE_LESSON,
  UPDATE_VERSION,
  type DraftCourse,
} from '../support/catalog.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface VersionView {
  id: string;
  number: number;
  status: string;
  title: string;
  reviewComment: string | null;
  modules: {
    id: string;
    title: string;
    lessons: { id: string; title: string; bodyMarkdown: string }[];
  }[];
}
interface CourseView {
  course: {
    viewerIsAuthor: boolean;
    currentVersion: VersionView | null;
    openVersion: { id: string; number: number; status: string } | null;
    versions: { id: string; number: number; status: string }[];
    authors: { userId: string }[];
  };
}

const AUDIT = /* GraphQL */ `
  query Audit($subjectId: ID!) {
    auditEvents(subjectId: $subjectId) {
      action
      actorId
      details
    }
  }
`;

describe('authoring → review → publish → new version, with two instructors and an admin', () => {
  let test: TestApp;
  let ada: GraphQLClient; // first author
  let ben: GraphQLClient; // second instructor, later co-author
  let benEmail: string;
  let admin: GraphQLClient;
  let learner: GraphQLClient;
  let course: DraftCourse;
  let v1Lessons: { id: string; title: string; bodyMarkdown: string }[];

  beforeAll(async () => {
    test = await startTestApp();
    ada = test.client.as((await asInstructor(test)).accessToken);
    const benSession = await asInstructor(test);
    ben = test.client.as(benSession.accessToken);
    benEmail = benSession.email;
    admin = test.client.as((await asAdmin(test)).accessToken);
    learner = test.client.as((await registerLearner(test)).accessToken);
  });
  afterAll(() => test.close());

  it('lets an instructor write a draft: modules and lessons added, edited, reordered, removed', async () => {
    course = await draftCourse(ada, { modules: 3, lessons: 2 });
    await ada.ok(UPDATE_VERSION, {
      input: { versionId: course.versionId, title: 'Dry needling: foundations' },
    });
    await ada.ok(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], title: 'What a trigger point is' },
    });

    const reordered = await ada.ok<{ reorderModules: VersionView }>(REORDER_MODULES, {
      input: {
        versionId: course.versionId,
        moduleIds: [course.moduleIds[2], course.moduleIds[0], course.moduleIds[1]],
      },
    });
    expect(reordered.reorderModules.modules.map((m) => m.id)).toEqual([
      course.moduleIds[2],
      course.moduleIds[0],
      course.moduleIds[1],
    ]);

    const lessons = await ada.ok<{
      reorderLessons: { lessons: { id: string; position: number }[] };
    }>(REORDER_LESSONS, {
      input: {
        moduleId: course.moduleIds[0],
        lessonIds: [course.lessonIds[1], course.lessonIds[0]],
      },
    });
    expect(lessons.reorderLessons.lessons.map((l) => [l.id, l.position])).toEqual([
      [course.lessonIds[1], 1],
      [course.lessonIds[0], 2],
    ]);

    const afterRemove = await ada.ok<{ removeLesson: { lessons: { position: number }[] } }>(
      REMOVE_LESSON,
      {
        lessonId: course.lessonIds[1],
      },
    );
    expect(afterRemove.removeLesson.lessons.map((l) => l.position)).toEqual([1]);
    const version = await ada.ok<{ removeModule: { modules: { id: string; position: number }[] } }>(
      REMOVE_MODULE,
      {
        moduleId: course.moduleIds[1],
      },
    );
    expect(version.removeModule.modules.map((m) => m.position)).toEqual([1, 2]);
  });

  it('hides the draft from learners, and from the catalog', async () => {
    const error = await learner.error(COURSE, { slug: course.slug });
    expect(error.extensions?.code).toBe('NOT_FOUND');
    const mine = await ada.ok<CourseView>(COURSE, { slug: course.slug });
    expect(mine.course.viewerIsAuthor).toBe(true);
    expect(mine.course.openVersion?.status).toBe('DRAFT');
  });

  it('refuses a second instructor who is not an author, and changes nothing', async () => {
    const error = await ben.error(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], title: 'Hijacked' },
    });
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_COURSE_AUTHOR' });
    const view = await ada.ok<{ courseVersion: VersionView }>(COURSE_VERSION, {
      id: course.versionId,
    });
    expect(JSON.stringify(view)).not.toContain('Hijacked');
  });

  it('freezes a version under review, and lets the admin send it back with a comment', async () => {
    await overrideGates(admin, course.versionId);
    await ada.ok(SUBMIT, { versionId: course.versionId });
    const frozen = await ada.error(UPDATE_VERSION, {
      input: { versionId: course.versionId, title: 'Too late' },
    });
    expect(frozen.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_NOT_EDITABLE' });

    const sent = await admin.ok<{ sendBackCourseVersion: { status: string } }>(SEND_BACK, {
      input: {
        versionId: course.versionId,
        comment: 'Cite the pneumothorax figures with their year.',
      },
    });
    expect(sent.sendBackCourseVersion.status).toBe('DRAFT');
    const forAuthor = await ada.ok<{ courseVersion: VersionView }>(COURSE_VERSION, {
      id: course.versionId,
    });
    expect(forAuthor.courseVersion.reviewComment).toMatch(/pneumothorax/);
  });

  it('publishes: the course enters the catalog and learners can read it', async () => {
    await overrideGates(admin, course.versionId);
    await ada.ok(SUBMIT, { versionId: course.versionId });
    await overrideGates(admin, course.versionId);
    const published = await admin.ok<{ publishCourseVersion: { status: string } }>(PUBLISH, {
      versionId: course.versionId,
    });
    expect(published.publishCourseVersion.status).toBe('PUBLISHED');

    const view = await learner.ok<CourseView>(COURSE, { slug: course.slug });
    expect(view.course.currentVersion?.number).toBe(1);
    expect(view.course.currentVersion?.title).toBe('Dry needling: foundations');
    expect(view.course.currentVersion?.reviewComment).toBeNull();
    expect(view.course.openVersion).toBeNull();
    v1Lessons = view.course.currentVersion!.modules.flatMap((m) => m.lessons);
  });

  it('never changes a published version: every edit is refused and nothing moves', async () => {
    const attempts: [string, Record<string, unknown>][] = [
      [
        UPDATE_VERSION,
        { input: { versionId: course.versionId, title: 'Changed after publishing' } },
      ],
      [
        UPDATE_LESSON,
        { input: { lessonId: v1Lessons[0]!.id, bodyMarkdown: 'Changed after publishing' } },
      ],
      [
        ADD_LESSON,
        { input: lessonInput(course.moduleIds[0]!, { title: 'Changed after publishing' }) },
      ],
      [REMOVE_LESSON, { lessonId: v1Lessons[0]!.id }],
      [REMOVE_MODULE, { moduleId: course.moduleIds[0] }],
    ];
    for (const [document, variables] of attempts) {
      const error = await ada.error(document, variables);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_NOT_EDITABLE' });
    }
    const after = await learner.ok<{ courseVersion: VersionView }>(COURSE_VERSION, {
      id: course.versionId,
    });
    expect(after.courseVersion.modules.flatMap((m) => m.lessons)).toEqual(v1Lessons);
    expect(JSON.stringify(after)).not.toContain('Changed after publishing');
  });

  it('lets a co-author start version 2 as a copy, while learners keep version 1', async () => {
    await ada.ok(ADD_AUTHOR, { input: { courseId: course.courseId, email: benEmail } });
    const { createDraftVersion: v2 } = await ben.ok<{ createDraftVersion: VersionView }>(
      CREATE_DRAFT,
      {
        input: { courseId: course.courseId, changelog: 'Adds the 2024 adverse-event figures' },
      },
    );
    expect(v2.number).toBe(2);
    expect(v2.status).toBe('DRAFT');
    const v2Lessons = v2.modules.flatMap((m) => m.lessons);
    expect(v2Lessons.map((l) => l.title)).toEqual(v1Lessons.map((l) => l.title));
    expect(v2Lessons.map((l) => l.id)).not.toContain(v1Lessons[0]!.id);

    const second = await ada.error(CREATE_DRAFT, {
      input: { courseId: course.courseId, changelog: 'Another' },
    });
    expect(second.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OPEN_VERSION_EXISTS' });

    await ben.ok(UPDATE_LESSON, {
      input: { lessonId: v2Lessons[0]!.id, bodyMarkdown: 'Revised for version 2' },
    });
    const catalog = await learner.ok<CourseView>(COURSE, { slug: course.slug });
    expect(catalog.course.currentVersion?.number).toBe(1);
    expect(catalog.course.openVersion).toBeNull();
    expect(catalog.course.currentVersion!.modules.flatMap((m) => m.lessons)).toEqual(v1Lessons);

    await publishVersion(v2.id);
    const now = await learner.ok<CourseView>(COURSE, { slug: course.slug });
    expect(now.course.currentVersion?.number).toBe(2);
    expect(now.course.versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'RETIRED'],
      [2, 'PUBLISHED'],
    ]);
    // A learner enrolled in version 1 still reads exactly what they enrolled in.
    const pinned = await learner.ok<{ courseVersion: VersionView }>(COURSE_VERSION, {
      id: course.versionId,
    });
    expect(pinned.courseVersion.status).toBe('RETIRED');
    expect(pinned.courseVersion.modules.flatMap((m) => m.lessons)).toEqual(v1Lessons);
  });

  it('records audit events for submit, send-back, publish and retire', async () => {
    const { auditEvents } = await admin.ok<{ auditEvents: { action: string }[] }>(AUDIT, {
      subjectId: course.versionId,
    });
    // The fixture's overrides of the credit gates are audited too; test/catalog/credit-gates
    // checks them.
    const actions = auditEvents
      .map((event) => event.action)
      .filter((action) => action !== 'COURSE_GATES_OVERRIDDEN')
      .reverse();
    expect(actions).toEqual([
      'COURSE_VERSION_SUBMITTED',
      'COURSE_VERSION_SENT_BACK',
      'COURSE_VERSION_SUBMITTED',
      'COURSE_VERSION_PUBLISHED',
      'COURSE_VERSION_RETIRED',
    ]);
    const forbidden = await ada.error(AUDIT, { subjectId: course.versionId });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
  });

  async function publishVersion(versionId: string) {
    await overrideGates(admin, versionId);
    await ben.ok(SUBMIT, { versionId });
    await overrideGates(admin, versionId);
    await admin.ok(PUBLISH, { versionId });
  }
});
