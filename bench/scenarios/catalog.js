import { randomBytes } from 'node:crypto';
import { catalogLib } from '../lib/built-libs.js';
import { publishVersion } from '../lib/course-publishing.js';
import { graphql } from '../lib/http.js';

/** @import { Scenario } from '../lib/types.js' */

const COURSES = 25;
const MODULES = 3;
const LESSONS = 3;
const PAGE = 20;

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken user { id } }
}`;
const SET_ROLES = `mutation SetRoles($input: SetUserRolesInput!) {
  setUserRoles(input: $input) { id roles }
}`;
const CREATE_COURSE = `mutation CreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) { id }
}`;
const ADD_MODULE = `mutation AddModule($input: AddModuleInput!) {
  addModule(input: $input) { id }
}`;
const ADD_LESSON = `mutation AddLesson($input: AddLessonInput!) {
  addLesson(input: $input) { id }
}`;

const CATALOG =
  `query Catalog { courses(first: ${PAGE}) { edges { cursor node { id slug currentVersion { ` +
  'id number title summary creditMinutes ceHours topicTags modules { id position title ' +
  'lessons { id position title seatTimeMinutes } } } } } pageInfo { hasNextPage endCursor } } }';

const SUBJECTS = ['Dry needling', 'manual therapy', 'Pain science', 'Vestibular rehab', 'Gait'];
const BODY = [
  '## What the evidence says',
  'Trigger points are palpable nodules in a taut band of skeletal muscle. Their nature is ' +
    'debated; the clinical picture (local tenderness, referred pain, a twitch) is not.',
  'Read each study below with its population in mind: most trials enrolled adults with ' +
    'chronic neck or low back pain, few followed them for more than twelve weeks.',
  '- Screen for contraindications first\n- Document consent\n- Record the response',
].join('\n\n');

// What the API sends for this request (as TypeORM logs it), query for query: the page,
// with each course's published version joined and the database's lower(title) as the sort key
// (the resolver primes the version loader with the versions, so `currentVersion` costs
// nothing), then one batch each from the modules and lessons DataLoaders. The page comes from
// TypeORM's query builder, which selects every column of each entity, in the entity's order,
// with `"alias"."column" AS "alias_column"`; the batches from the API's RawEntityReader, which
// selects every column by name, in the entity's order. So does this.
const COURSE_COLUMNS = 'id slug published_version_id created_by created_at updated_at';
const VERSION_COLUMNS =
  'id course_id number status title summary audience credit_minutes learning_objectives ' +
  'objective_keys credential_kind scope_statement disclosure released_on credit_ends_on ' +
  'content_reviewed_on topic_tags certificate_validity_months changelog review_comment ' +
  'submitted_at submitted_by published_at published_by retired_at created_at updated_at';
const MODULE_COLUMNS = 'id version_id lineage_id position title objectives created_at updated_at';
const LESSON_COLUMNS =
  'id module_id lineage_id position title body_markdown seat_time_minutes references pilot ' +
  'created_at updated_at';

/**
 * @param {string} alias
 * @param {string} names Space-separated.
 */
const select = (alias, names) =>
  names
    .split(' ')
    .map((name) => `"${alias}"."${name}" AS "${alias}_${name}"`)
    .join(', ');
/** @param {string} names Space-separated. */
const columns = (names) =>
  names
    .split(' ')
    .map((name) => `"${name}"`)
    .join(', ');

const SELECT_PAGE =
  `SELECT ${select('c', COURSE_COLUMNS)}, ${select('v', VERSION_COLUMNS)}, ` +
  'lower("v"."title") AS "sort_key" ' +
  'FROM "courses" "c" INNER JOIN "course_versions" "v" ON "v"."id"="c"."published_version_id" ' +
  `ORDER BY lower("v"."title") ASC, "c"."id" ASC LIMIT ${PAGE + 1}`;
const SELECT_MODULES =
  `SELECT ${columns(MODULE_COLUMNS)} FROM "course_modules" ` +
  'WHERE "version_id" = ANY($1::uuid[]) ORDER BY "position"';
const SELECT_LESSONS =
  `SELECT ${columns(LESSON_COLUMNS)} FROM "lessons" ` +
  'WHERE "module_id" = ANY($1::uuid[]) ORDER BY "position"';

/**
 * Rows grouped by a key, in the order of `keys`, as the API's DataLoaders return them.
 *
 * @param {string[]} keys
 * @param {Record<string, any>[]} rows
 * @param {string} column
 */
function groupBy(keys, rows, column) {
  /** @type {Map<string, Record<string, any>[]>} */
  const groups = new Map(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row[column])?.push(row);
  return groups;
}

/**
 * @param {string} url
 * @param {string} token
 * @param {string} query
 * @param {Record<string, unknown>} variables
 */
const as = (url, token, query, variables) =>
  graphql(url, query, variables, { authorization: `Bearer ${token}` });

/**
 * @param {string} url
 * @param {string} email
 * @param {string} password
 * @returns {Promise<string>}
 */
const login = async (url, email, password) =>
  (await graphql(url, LOGIN, { input: { email, password } })).login.accessToken;

/**
 * @param {string} url
 * @param {string} email
 * @param {string} password
 */
const register = async (url, email, password) =>
  (
    await graphql(url, REGISTER, {
      input: { email, password, displayName: 'Bench Marker', profession: 'EDUCATOR' },
    })
  ).register;

/** @type {Scenario} */
export default {
  name: 'catalog',
  description: `the catalog page, \`courses(first: ${PAGE})\` with modules and lessons`,

  async setup({ url, cli }) {
    const suffix = randomBytes(6).toString('hex');
    const password = `bench-password-${suffix}`;
    const email = (/** @type {string} */ who) => `bench-${who}-${suffix}@example.com`;

    // Only the CLI makes an admin; the admin makes an instructor, who writes the courses.
    await cli(['admin:create', '--email', email('admin'), '--name', 'Bench Admin'], {
      FASCICLE_ADMIN_PASSWORD: password,
    });
    const admin = await login(url, email('admin'), password);
    const { user } = await register(url, email('instructor'), password);
    await as(url, admin, SET_ROLES, {
      input: { userId: user.id, roles: ['LEARNER', 'INSTRUCTOR'] },
    });
    const instructor = await login(url, email('instructor'), password); // roles are in the token

    /** @param {number} i */
    const publishCourse = async (i) => {
      const subject = SUBJECTS[i % SUBJECTS.length];
      const { createCourse: version } = await as(url, instructor, CREATE_COURSE, {
        input: {
          slug: `bench-${suffix}-${i}`,
          title: `${subject} ${Math.floor(i / SUBJECTS.length) + 1}`,
          summary: `${subject}: what to assess, what to do, and what the evidence says.`,
          audience: 'Licensed physical therapists',
          creditMinutes: [60, 90, 135, 180][i % 4],
          learningObjectives: ['Explain the mechanism'],
          topicTags: ['bench', subject.toLowerCase().replace(' ', '-')],
        },
      });
      for (let m = 1; m <= MODULES; m += 1) {
        const { addModule } = await as(url, instructor, ADD_MODULE, {
          input: { versionId: version.id, title: `Module ${m}`, objectives: ['Explain it'] },
        });
        for (let l = 1; l <= LESSONS; l += 1) {
          await as(url, instructor, ADD_LESSON, {
            input: {
              moduleId: addModule.id,
              title: `Lesson ${m}.${l}`,
              bodyMarkdown: BODY,
              seatTimeMinutes: 10 + 5 * l,
              references: [{ citation: 'Dommerholt J. Dry needling. 2004.' }],
            },
          });
        }
      }
      await publishVersion(url, { author: instructor, admin }, version.id);
    };
    await Promise.all(Array.from({ length: COURSES }, (_, i) => publishCourse(i)));

    const learner = await register(url, email('learner'), password);
    return {
      method: 'POST',
      path: '/graphql',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${learner.accessToken}`,
      },
      body: JSON.stringify({ query: CATALOG }),
    };
  },

  answer: {
    field: 'courses',
    async resolve({ authorization }, { db, verifyBearer }) {
      // The catalog is public: the API checks a token it is sent, and ignores it if invalid.
      await verifyBearer(authorization);
      const { contactHours, DEFAULT_CONTACT_HOUR } = await catalogLib();
      const page = (await db.query(SELECT_PAGE)).rows;
      const courses = page.slice(0, PAGE);
      const versionIds = courses.map((row) => row.v_id);
      const modules = versionIds.length ? (await db.query(SELECT_MODULES, [versionIds])).rows : [];
      const modulesByVersion = groupBy(versionIds, modules, 'version_id');
      // The lessons loader gets its keys in the order GraphQL resolves the modules.
      const moduleIds = [...modulesByVersion.values()].flat().map((row) => row.id);
      const lessons = moduleIds.length ? (await db.query(SELECT_LESSONS, [moduleIds])).rows : [];
      const lessonsByModule = groupBy(moduleIds, lessons, 'module_id');

      // Field order as in the query, as GraphQL answers.
      const edges = courses.map((row) => ({
        cursor: Buffer.from(JSON.stringify([row.sort_key, row.c_id])).toString('base64url'),
        node: {
          id: row.c_id,
          slug: row.c_slug,
          currentVersion: {
            id: row.v_id,
            number: row.v_number,
            title: row.v_title,
            summary: row.v_summary,
            creditMinutes: row.v_credit_minutes,
            ceHours: contactHours(row.v_credit_minutes, DEFAULT_CONTACT_HOUR),
            topicTags: row.v_topic_tags,
            modules: (modulesByVersion.get(row.v_id) ?? []).map((module) => ({
              id: module.id,
              position: module.position,
              title: module.title,
              lessons: (lessonsByModule.get(module.id) ?? []).map((lesson) => ({
                id: lesson.id,
                position: lesson.position,
                title: lesson.title,
                seatTimeMinutes: lesson.seat_time_minutes,
              })),
            })),
          },
        },
      }));
      return {
        data: {
          edges,
          pageInfo: {
            hasNextPage: page.length > PAGE,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        },
      };
    },
  },
};
