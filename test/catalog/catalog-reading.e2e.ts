import { DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import { asAdmin, registerLearner, userWithRoles } from '../support/factories.js';
import { ADD_LESSON, asInstructor, COURSE, draftCourse, publish } from '../support/catalog.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { publishedCourses } from '../support/published-courses.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CATALOG = /* GraphQL */ `
  query Catalog(
    $first: Int!
    $after: String
    $search: String
    $minCeHours: Float
    $maxCeHours: Float
    $topic: String
    $approval: ApprovalFilter
  ) {
    courses(
      first: $first
      after: $after
      search: $search
      minCeHours: $minCeHours
      maxCeHours: $maxCeHours
      topic: $topic
      approval: $approval
    ) {
      edges {
        node {
          slug
          authors {
            displayName
          }
          approvals {
            approvalNumber
            status
          }
          currentVersion {
            title
            ceHours
            totalSeatTimeMinutes
            modules {
              title
              lessons {
                title
                seatTimeMinutes
                bodyHtml
                references {
                  citation
                }
              }
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

type CatalogPage = {
  courses: {
    edges: { node: { slug: string; currentVersion: { title: string; ceHours: number } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const RECORD_APPROVAL = /* GraphQL */ `
  mutation Approve($input: RecordCourseApprovalInput!) {
    recordCourseApproval(input: $input) {
      id
      status
    }
  }
`;

describe('reading the catalog', () => {
  let test: TestApp;
  let learner: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    const adminSession = await asAdmin(test);
    admin = test.client.as(adminSession.accessToken);
    const author = await userWithRoles(test, [Role.INSTRUCTOR]);
    learner = test.client.as((await registerLearner(test)).accessToken);
    await publishedCourses(
      test,
      {
        author: { userId: author.userId, roles: [Role.INSTRUCTOR] },
        admin: { userId: adminSession.userId, roles: [Role.ADMIN] },
      },
      55,
      {
        modules: 2,
        lessons: 2,
        input: (i) => ({
          title: `Course ${String(i).padStart(2, '0')} ${i % 5 === 0 ? 'pneumothorax risk' : 'needling practice'}`,
          creditMinutes: ((i % 8) + 0.5) * 60,
          topicTags: i % 3 === 0 ? ['safety', 'dry-needling'] : ['dry-needling'],
        }),
      },
    );
  }, 120_000);
  afterAll(() => test.close());

  it('sends the same number of SQL queries for 5 courses as for 50, with modules and lessons', async () => {
    const dataSource = test.app.get(DataSource);
    const five = await countQueries(dataSource, () =>
      learner.ok<CatalogPage>(CATALOG, { first: 5 }),
    );
    const fifty = await countQueries(dataSource, () =>
      learner.ok<CatalogPage>(CATALOG, { first: 50 }),
    );
    expect(five.result.courses.edges).toHaveLength(5);
    expect(fifty.result.courses.edges).toHaveLength(50);
    process.stdout.write(
      `\n[catalog] SQL queries: courses(first: 5) → ${five.queries.length}, courses(first: 50) → ${fifty.queries.length}\n`,
    );
    expect(fifty.queries.length).toBe(five.queries.length);
    expect(five.queries.length).toBeLessThanOrEqual(8);
  });

  it('shows anyone the catalog and its outlines, and only accounts the lessons', async () => {
    const visitor = await test.client.ok<{ courses: { edges: { node: { slug: string } }[] } }>(
      `query Visitor { courses(first: 5) { edges { node { slug currentVersion { title ceHours } } } } }`,
    );
    expect(visitor.courses.edges).toHaveLength(5);
    const { slug } = visitor.courses.edges[0]!.node;
    const outline = await test.client.ok<{
      course: { currentVersion: { modules: { lessons: { title: string }[] }[] } };
    }>(
      `query Outline($slug: String!) {
        course(slug: $slug) { currentVersion { modules { lessons { title seatTimeMinutes } } } }
      }`,
      { slug },
    );
    expect(outline.course.currentVersion.modules[0]!.lessons[0]!.title).toBe('Lesson 1');
    for (const field of ['bodyHtml', 'bodyMarkdown']) {
      const text = await test.client.error(
        `query Text($slug: String!) {
          course(slug: $slug) { currentVersion { modules { lessons { ${field} } } } }
        }`,
        { slug },
      );
      expect(text.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    const signedIn = await learner.ok<{
      course: { currentVersion: { modules: { lessons: { bodyHtml: string }[] }[] } };
    }>(
      `query Text($slug: String!) {
        course(slug: $slug) { currentVersion { modules { lessons { bodyHtml } } } }
      }`,
      { slug },
    );
    expect(signedIn.course.currentVersion.modules[0]!.lessons[0]!.bodyHtml).toMatch(/<p>/);
  });

  it('pages by title with cursors, every course once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: CatalogPage = await learner.ok<CatalogPage>(CATALOG, { first: 20, after });
      seen.push(...data.courses.edges.map((edge) => edge.node.currentVersion.title));
      if (!data.courses.pageInfo.hasNextPage) break;
      after = data.courses.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(55);
    expect(new Set(seen).size).toBe(55);
    expect([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))).toEqual(seen);
  });

  it('searches titles and summaries', async () => {
    const data = await learner.ok<CatalogPage>(CATALOG, { first: 100, search: 'pneumothorax' });
    expect(data.courses.edges).toHaveLength(11);
    for (const edge of data.courses.edges)
      expect(edge.node.currentVersion.title).toMatch(/pneumothorax/);
  });

  it('filters by CE hours and topic', async () => {
    const hours = await learner.ok<CatalogPage>(CATALOG, {
      first: 100,
      minCeHours: 2,
      maxCeHours: 3.5,
    });
    expect(hours.courses.edges.length).toBeGreaterThan(0);
    for (const edge of hours.courses.edges) {
      expect(edge.node.currentVersion.ceHours).toBeGreaterThanOrEqual(2);
      expect(edge.node.currentVersion.ceHours).toBeLessThanOrEqual(3.5);
    }
    const safety = await learner.ok<CatalogPage>(CATALOG, { first: 100, topic: 'safety' });
    expect(safety.courses.edges).toHaveLength(19);
    // An empty filter sent as an explicit null filters nothing (what a form sends).
    const unfiltered = await learner.ok<CatalogPage>(CATALOG, { first: 100 });
    const nulls = await learner.ok<CatalogPage>(CATALOG, {
      first: 100,
      minCeHours: null,
      maxCeHours: null,
    });
    expect(nulls.courses.edges).toHaveLength(unfiltered.courses.edges.length);
    const reversed = await learner.error(CATALOG, { first: 10, minCeHours: 5, maxCeHours: 1 });
    expect(reversed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxCeHours' });
  });

  it('filters by approval state, judged on today', async () => {
    const first = (await learner.ok<CatalogPage>(CATALOG, { first: 1 })).courses.edges[0]!.node;
    const { course } = await learner.ok<{ course: { id: string } }>(COURSE, { slug: first.slug });
    const today = test.clock.now().toISOString().slice(0, 10);
    await admin.ok(RECORD_APPROVAL, {
      input: {
        courseId: course.id,
        body: 'Sample State Board of Physical Therapy',
        approvalNumber: 'SAMPLE-0001',
        validFrom: today,
        validUntil: null,
        isSample: true,
      },
    });
    // A sample record is not an approval: the course is not APPROVED yet.
    const samplesOnly = await learner.ok<CatalogPage>(CATALOG, {
      first: 100,
      approval: 'APPROVED',
    });
    expect(samplesOnly.courses.edges).toHaveLength(0);
    await admin.ok(RECORD_APPROVAL, {
      input: {
        courseId: course.id,
        body: 'Test State Board of Physical Therapy',
        approvalNumber: 'TEST-2026-0042',
        validFrom: today,
        validUntil: null,
        isSample: false,
      },
    });
    const approved = await learner.ok<CatalogPage>(CATALOG, { first: 100, approval: 'APPROVED' });
    expect(approved.courses.edges.map((edge) => edge.node.slug)).toEqual([first.slug]);
    const notApproved = await learner.ok<CatalogPage>(CATALOG, {
      first: 100,
      approval: 'NOT_APPROVED',
    });
    expect(notApproved.courses.edges).toHaveLength(54);

    const badDates = await admin.error(RECORD_APPROVAL, {
      input: {
        courseId: course.id,
        body: 'Board',
        approvalNumber: 'X',
        validFrom: '2026-02-30',
        isSample: true,
      },
    });
    expect(badDates.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
  });

  it('renders a lesson that tries to run a script as harmless HTML', async () => {
    const instructor = test.client.as((await asInstructor(test)).accessToken);
    const course = await draftCourse(instructor, { modules: 1, lessons: 0 });
    const attack =
      '# Hello\n\n<script>document.title="owned"</script>\n\n<img src=x onerror=alert(1)>\n\n[click me](javascript:alert(document.cookie))';
    const { addLesson } = await instructor.ok<{
      addLesson: { bodyMarkdown: string; bodyHtml: string };
    }>(ADD_LESSON, {
      input: {
        moduleId: course.moduleIds[0],
        title: 'An unsafe lesson',
        bodyMarkdown: attack,
        seatTimeMinutes: 5,
        references: [],
      },
    });
    // Stored exactly as written, rendered without anything that could run.
    expect(addLesson.bodyMarkdown).toBe(attack);
    expect(addLesson.bodyHtml).toContain('<h1>Hello</h1>');
    expect(addLesson.bodyHtml).not.toMatch(/<script|<img[^>]*onerror|href="javascript:/i);
    await publish(instructor, admin, course.versionId);
  });
});
