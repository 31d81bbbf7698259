import { fieldLabel } from '../../apps/api/src/common/validation/field-messages.js';
import { DataSource } from 'typeorm';
import {
  asAdmin,
  LOGIN,
  REGISTER,
  registerLearner,
  registrationInput,
} from '../support/factories.js';
import {
  ADD_LESSON,
  asInstructor,
  CREATE_COURSE,
  courseInput,
  draftCourse,
  lessonInput,
  UPDATE_VERSION,
  type DraftCourse,
} from '../support/catalog.js';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NUL = '\u0000';

const COURSE_BY_SLUG = /* GraphQL */ `
  query CourseBySlug($slug: String!) {
    course(slug: $slug) {
      id
    }
  }
`;
const SEARCH_COURSES = /* GraphQL */ `
  query SearchCourses($search: String) {
    courses(search: $search, first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`;
const RECORD_APPROVAL = /* GraphQL */ `
  mutation RecordApproval($input: RecordCourseApprovalInput!) {
    recordCourseApproval(input: $input) {
      id
    }
  }
`;

/** The refusal every bad character gets: BAD_USER_INPUT naming the field, and no data. */
function expectRefused(result: GraphQLResponse<unknown>, field: string) {
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  // Named as a form labels it (options.2.text → "Option 3: text").
  expect(result.errors?.[0]?.message).toContain(fieldLabel(field));
}

describe('input hygiene: characters and dates no field may hold', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let course: DraftCourse;

  const rows = async (table: string): Promise<number> =>
    Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    course = await draftCourse(author);
  });
  afterAll(() => test.close());

  describe('NUL (U+0000), which PostgreSQL cannot store, in every kind of string input', () => {
    it('a plain String argument (course slug)', async () => {
      const result = await test.client.request(COURSE_BY_SLUG, { slug: `dry${NUL}needling` });
      expectRefused(result, 'slug');
    });

    it('an optional argument of an arguments class (catalog search)', async () => {
      const result = await test.client.request(SEARCH_COURSES, { search: `needle${NUL}` });
      expectRefused(result, 'search');
    });

    it('a name in an input object, and a password, on registration: no account is made', async () => {
      const users = await rows('users');
      for (const [field, value] of [
        ['displayName', `Pat${NUL}Therapist`],
        ['password', `correct horse${NUL}battery staple`],
        ['licenseNumber', `PT-${NUL}1`],
      ] as const) {
        const result = await test.client.request(REGISTER, {
          input: registrationInput({ [field]: value }),
        });
        expectRefused(result, field);
      }
      expect(await rows('users')).toBe(users);
    });

    it('an email on login: no failure is counted against anyone', async () => {
      const learner = await registerLearner(test);
      const failures = await rows('login_failures');
      const result = await test.client.request(LOGIN, {
        input: { email: `${learner.email}${NUL}`, password: 'not the password' },
      });
      expectRefused(result, 'email');
      expect(await rows('login_failures')).toBe(failures);
    });

    it('Markdown, a list of strings and a nested list item in course content: nothing is saved', async () => {
      const lessons = await rows('lessons');
      const courses = await rows('courses');
      const markdown = await author.request(ADD_LESSON, {
        input: lessonInput(course.moduleIds[0]!, { bodyMarkdown: `## Twitch${NUL}` }),
      });
      expectRefused(markdown, 'bodyMarkdown');
      const citation = await author.request(ADD_LESSON, {
        input: lessonInput(course.moduleIds[0]!, {
          references: [{ citation: 'Fine.' }, { citation: `Dommerholt J.${NUL}` }],
        }),
      });
      expectRefused(citation, 'references.1.citation');
      const objectives = await author.request(CREATE_COURSE, {
        input: courseInput({ learningObjectives: ['Fine', `Define a trigger point${NUL}`] }),
      });
      expectRefused(objectives, 'learningObjectives.1');
      expect(await rows('lessons')).toBe(lessons);
      expect(await rows('courses')).toBe(courses);
    });

    it('a REST path parameter (a signed credential by code)', async () => {
      const response = await fetch(`${test.url}/credentials/ABC${encodeURIComponent(NUL)}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: 'BAD_USER_INPUT', field: 'code' },
      });
    });
  });

  describe('invisible and direction-changing characters', () => {
    it.each([
      ['U+202E right-to-left override', 'Pat \u202Egnp.exe'],
      ['U+202A left-to-right embedding', 'Pat \u202ATherapist'],
      ['U+2066 left-to-right isolate', 'Pat \u2066Therapist'],
      ['U+200F right-to-left mark', 'Pat\u200F Therapist'],
      ['U+061C Arabic letter mark', 'Pat\u061C Therapist'],
      ['U+200B zero-width space', 'Pat\u200BTherapist'],
      ['U+200D zero-width joiner', 'Pat\u200DTherapist'],
      ['U+2060 word joiner', 'Pat\u2060Therapist'],
      ['U+FEFF zero-width no-break space', '\uFEFFPat Therapist'],
    ])('refuses %s in the display name printed on certificates', async (_name, displayName) => {
      const users = await rows('users');
      const result = await test.client.request(REGISTER, {
        input: registrationInput({ displayName }),
      });
      expectRefused(result, 'displayName');
      expect(await rows('users')).toBe(users);
    });

    it('refuses them in free text too (a lesson title)', async () => {
      const lessons = await rows('lessons');
      const result = await author.request(ADD_LESSON, {
        input: lessonInput(course.moduleIds[0]!, { title: 'Twitch \u202Eesnopser' }),
      });
      expectRefused(result, 'title');
      expect(await rows('lessons')).toBe(lessons);
    });

    it('accepts them in a password, where any character is legitimate, but never NUL', async () => {
      const password = 'family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} passphrase';
      const learner = await registerLearner(test, { password });
      const login = await test.client.request(LOGIN, {
        input: { email: learner.email, password },
      });
      expect(login.errors).toBeUndefined();
    });
  });

  describe('calendar dates outside 1900-01-01 to 2199-12-31', () => {
    it('refuses year 0000 and 2200 with BAD_USER_INPUT naming the field; nothing is saved', async () => {
      const before = await dataSource.query(
        'SELECT content_reviewed_on FROM course_versions WHERE id = $1',
        [course.versionId],
      );
      for (const day of ['0000-01-01', '1899-12-31', '2200-01-01']) {
        const result = await author.request(UPDATE_VERSION, {
          input: { versionId: course.versionId, contentReviewedOn: day },
        });
        expectRefused(result, 'contentReviewedOn');
      }
      const approvals = await rows('course_approvals');
      const approval = await admin.request(RECORD_APPROVAL, {
        input: {
          courseId: course.courseId,
          body: 'State board',
          approvalNumber: 'SB-1',
          validFrom: '0000-01-01',
        },
      });
      expectRefused(approval, 'validFrom');
      expect(await rows('course_approvals')).toBe(approvals);
      expect(
        await dataSource.query('SELECT content_reviewed_on FROM course_versions WHERE id = $1', [
          course.versionId,
        ]),
      ).toEqual(before);
    });

    it('accepts the first and the last day of the range', async () => {
      for (const day of ['1900-01-01', '2199-12-31']) {
        const result = await author.request(UPDATE_VERSION, {
          input: { versionId: course.versionId, contentReviewedOn: day },
        });
        expect(result.errors).toBeUndefined();
      }
    });
  });
});
