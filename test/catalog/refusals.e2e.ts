import { asAdmin } from '../support/factories.js';
import {
  ADD_LESSON,
  ADD_MODULE,
  asInstructor,
  COURSE_VERSION,
  CREATE_COURSE,
  courseInput,
  draftCourse,
  lessonInput,
  publish,
  REORDER_LESSONS,
  REORDER_MODULES,
  SUBMIT,
  UPDATE_VERSION,
  type DraftCourse,
} from '../support/catalog.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('catalog refusals: each names the problem and changes nothing', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let stranger: GraphQLClient;
  let admin: GraphQLClient;
  let course: DraftCourse;
  let snapshot: string;

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    stranger = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    course = await draftCourse(author, { modules: 2, lessons: 2 });
  });
  afterAll(() => test.close());

  beforeEach(async () => {
    snapshot = await versionState();
  });
  afterEach(async () => {
    expect(await versionState()).toBe(snapshot);
  });

  async function versionState(): Promise<string> {
    return JSON.stringify(await author.ok(COURSE_VERSION, { id: course.versionId }));
  }

  async function refused(
    client: GraphQLClient,
    document: string,
    variables: Record<string, unknown>,
    expected: Record<string, unknown>,
  ) {
    const error = await client.error(document, variables);
    expect(error.extensions).toMatchObject(expected);
    return error;
  }

  it('refuses an empty title', async () => {
    await refused(
      author,
      UPDATE_VERSION,
      { input: { versionId: course.versionId, title: '   ' } },
      {
        code: 'BAD_USER_INPUT',
        field: 'title',
      },
    );
    await refused(
      author,
      CREATE_COURSE,
      { input: courseInput({ title: '' }) },
      {
        code: 'BAD_USER_INPUT',
        field: 'title',
      },
    );
  });

  it('refuses negative, zero, fractional and absurd claimed minutes', async () => {
    for (const creditMinutes of [-1, 0, 6001]) {
      const error = await refused(
        author,
        UPDATE_VERSION,
        { input: { versionId: course.versionId, creditMinutes } },
        { code: 'BAD_USER_INPUT', field: 'creditMinutes' },
      );
      expect(error.message).toMatch(/between 1 and 6000/);
    }
    // A fraction is refused by GraphQL's Int before any resolver runs.
    const fraction = await author.request(UPDATE_VERSION, {
      input: { versionId: course.versionId, creditMinutes: 90.5 },
    });
    expect(fraction.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a slug that is taken, or malformed', async () => {
    await refused(
      author,
      CREATE_COURSE,
      { input: courseInput({ slug: course.slug }) },
      {
        code: 'CONFLICT',
        field: 'slug',
        reason: 'SLUG_TAKEN',
      },
    );
    await refused(
      author,
      CREATE_COURSE,
      { input: courseInput({ slug: 'Not A Slug' }) },
      {
        code: 'BAD_USER_INPUT',
        field: 'slug',
      },
    );
  });

  it('refuses a reorder that leaves out a module, repeats one or names a foreign one', async () => {
    await refused(
      author,
      REORDER_MODULES,
      { input: { versionId: course.versionId, moduleIds: [course.moduleIds[1]] } },
      { code: 'BAD_USER_INPUT', field: 'moduleIds' },
    );
    await refused(
      author,
      REORDER_MODULES,
      {
        input: {
          versionId: course.versionId,
          moduleIds: [course.moduleIds[0], course.moduleIds[0]],
        },
      },
      { code: 'BAD_USER_INPUT', field: 'moduleIds' },
    );
    const other = await draftCourse(author, { modules: 1, lessons: 1 });
    await refused(
      author,
      REORDER_LESSONS,
      {
        input: {
          moduleId: course.moduleIds[0],
          lessonIds: [course.lessonIds[0], other.lessonIds[0]],
        },
      },
      { code: 'BAD_USER_INPUT', field: 'lessonIds' },
    );
  });

  it("refuses an instructor editing another author's course", async () => {
    await refused(
      stranger,
      UPDATE_VERSION,
      { input: { versionId: course.versionId, title: 'Mine now' } },
      {
        code: 'FORBIDDEN',
      },
    );
    await refused(
      stranger,
      ADD_MODULE,
      { input: { versionId: course.versionId, title: 'Extra' } },
      {
        code: 'FORBIDDEN',
      },
    );
    await refused(stranger, SUBMIT, { versionId: course.versionId }, { code: 'FORBIDDEN' });
  });

  it('refuses a learner-only account any authoring at all', async () => {
    const learner = test.client.as(
      (
        await test.client.ok<{ register: { accessToken: string } }>(
          /* GraphQL */ `
            mutation R($input: RegisterInput!) {
              register(input: $input) {
                accessToken
              }
            }
          `,
          {
            input: {
              email: 'only-learning@example.com',
              password: 'correct horse battery staple',
              displayName: 'L',
              profession: 'EDUCATOR',
            },
          },
        )
      ).register.accessToken,
    );
    await refused(learner, CREATE_COURSE, { input: courseInput() }, { code: 'FORBIDDEN' });
    await refused(
      learner,
      ADD_MODULE,
      { input: { versionId: course.versionId, title: 'X' } },
      {
        code: 'FORBIDDEN',
      },
    );
  });

  it('refuses lessons without seat time and references without a citation', async () => {
    await refused(
      author,
      ADD_LESSON,
      { input: lessonInput(course.moduleIds[0]!, { seatTimeMinutes: 0 }) },
      {
        code: 'BAD_USER_INPUT',
        field: 'seatTimeMinutes',
      },
    );
    await refused(
      author,
      ADD_LESSON,
      {
        input: lessonInput(course.moduleIds[0]!, {
          references: [{ citation: '', url: 'javascript:alert(1)' }],
        }),
      },
      { code: 'BAD_USER_INPUT', field: 'references.0.citation' },
    );
  });

  it('refuses to publish a version that is not in review, and to submit an empty one', async () => {
    await refused(
      admin,
      /* GraphQL */ `
        mutation P($v: ID!) {
          publishCourseVersion(versionId: $v) {
            id
          }
        }
      `,
      { v: course.versionId },
      {
        code: 'CONFLICT',
        reason: 'INVALID_STATUS_TRANSITION',
      },
    );
    const empty = await author.ok<{ createCourse: { id: string } }>(CREATE_COURSE, {
      input: courseInput(),
    });
    await refused(
      author,
      SUBMIT,
      { versionId: empty.createCourse.id },
      {
        code: 'BAD_USER_INPUT',
        field: 'versionId',
      },
    );
  });

  it('refuses edits to a published version (checked last: it publishes the course)', async () => {
    await publish(author, admin, course.versionId);
    snapshot = await versionState();
    await refused(
      author,
      UPDATE_VERSION,
      { input: { versionId: course.versionId, title: 'Edited' } },
      {
        code: 'CONFLICT',
        reason: 'VERSION_NOT_EDITABLE',
      },
    );
    await refused(
      author,
      REORDER_MODULES,
      {
        input: {
          versionId: course.versionId,
          moduleIds: [course.moduleIds[1], course.moduleIds[0]],
        },
      },
      { code: 'CONFLICT', reason: 'VERSION_NOT_EDITABLE' },
    );
  });
});
