import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { ROSTER_COLUMNS } from '../../apps/api/src/board-reporting/roster-file.js';
import { quizCourse, type QuizCourse, ENROLL } from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { finishOneLessonCourse, REVOKE } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SET = /* GraphQL */ `
  mutation Set($input: SetCourseBoardReportingInput!) {
    setCourseBoardReporting(input: $input) {
      courseId
      providerNumber
      courseNumber
      boards {
        state
        profession
      }
    }
  }
`;
const REPORT = /* GraphQL */ `
  query Report($courseId: ID!, $status: BoardReportStatus, $first: Int, $after: String) {
    courseBoardReport(courseId: $courseId, status: $status, first: $first, after: $after) {
      counts {
        pending
        exported
        accepted
        rejected
        notReportable
      }
      lines {
        edges {
          node {
            id
            holderName
            licenseNumber
            state
            completedOn
            ceHours
            status
            reason
            note
            exportId
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      exports {
        id
        lineCount
        sha256
        downloadPath
      }
    }
  }
`;
const EXPORT = /* GraphQL */ `
  mutation Export($courseId: ID!) {
    exportCeBrokerRoster(courseId: $courseId) {
      id
      lineCount
      filename
      sha256
      downloadPath
    }
  }
`;
const RESULT = /* GraphQL */ `
  mutation Result($lineIds: [ID!]!, $status: BoardReportResult!, $reason: String) {
    recordBoardReportResult(lineIds: $lineIds, status: $status, reason: $reason) {
      id
      status
      reason
    }
  }
`;

interface Line {
  id: string;
  holderName: string;
  licenseNumber: string | null;
  state: string;
  completedOn: string;
  ceHours: number;
  status: string;
  reason: string | null;
  note: string | null;
  exportId: string | null;
}
interface Report {
  counts: Record<string, number>;
  lines: { edges: { node: Line }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  exports: { id: string; lineCount: number; sha256: string; downloadPath: string }[];
}
interface Export {
  id: string;
  lineCount: number;
  filename: string;
  sha256: string;
  downloadPath: string;
}

const SETTINGS = {
  providerNumber: '50-12345',
  courseNumber: '20-678901',
  boards: [{ state: 'FL', profession: 'PHYSICAL_THERAPIST' }],
};

/**
 * Reporting a course's completions to CE Broker: lines for every completion of a reporting
 * course (before and after its settings), roster exports that never hold a completion twice,
 * the license number checked at enrolment, and only the course's staff seeing any of it.
 */
describe('CE Broker roster', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let authorSession: Session;
  let admin: GraphQLClient;
  let course: QuizCourse;
  let db: DataSource;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    authorSession = await asInstructor(test);
    author = test.client.as(authorSession.accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    course = await quizCourse(author, admin, {
      bankSize: 3,
      quiz: { passingScorePercent: 60 },
      publish: false,
    });
    await author.ok(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 },
    });
    await publish(author, admin, course.versionId);
  }, 120_000);
  afterAll(() => test.close());

  /** A learner with these licenses (the first through sign-up) who completed the course. */
  async function completer(
    name: string,
    license: { state: string; number: string },
  ): Promise<{ session: Session; learner: GraphQLClient }> {
    const session = await registerLearner(test, {
      displayName: name,
      licenseNumber: license.number,
      licenseState: license.state,
    });
    const learner = test.client.as(session.accessToken);
    await finishOneLessonCourse(test, learner, course);
    return { session, learner };
  }

  const report = async (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
    (
      await client.ok<{ courseBoardReport: Report }>(REPORT, {
        courseId: course.courseId,
        ...variables,
      })
    ).courseBoardReport;

  const lineOf = (r: Report, name: string) =>
    r.lines.edges.map((edge) => edge.node).find((line) => line.holderName === name)!;

  async function download(client: GraphQLClient, path: string, token: string) {
    const response = await fetch(`${client.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  async function rows(bytes: Buffer): Promise<unknown[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Roster')!;
    const all: unknown[][] = [];
    sheet.eachRow((row) => all.push((row.values as unknown[]).slice(1)));
    return all;
  }

  let early: Session;
  let lateName: string;

  it('makes a line for each completion, before and after the settings, once', async () => {
    early = (await completer('Early Floridian', { state: 'FL', number: 'pt0001665' })).session;
    await completer('Colorado Only', { state: 'CO', number: 'PT-555' });

    // Settings bring in the certificates already issued; saving twice adds nothing.
    const { setCourseBoardReporting } = await author.ok<{
      setCourseBoardReporting: typeof SETTINGS;
    }>(SET, { input: { courseId: course.courseId, ...SETTINGS } });
    expect(setCourseBoardReporting).toMatchObject(SETTINGS);
    await author.ok(SET, { input: { courseId: course.courseId, ...SETTINGS } });

    lateName = 'Late Floridian';
    await completer(lateName, { state: 'FL', number: 'PT0002304' });

    const r = await report(author);
    expect(r.counts).toEqual({
      pending: 2,
      exported: 0,
      accepted: 0,
      rejected: 0,
      notReportable: 1,
    });
    expect(lineOf(r, 'Early Floridian')).toMatchObject({
      status: 'PENDING',
      licenseNumber: 'PT0001665',
      state: 'FL',
    });
    expect(lineOf(r, 'Colorado Only')).toMatchObject({
      status: 'NOT_REPORTABLE',
      licenseNumber: null,
      reason: expect.stringMatching(/No FL physical therapist license/),
    });
    expect(lineOf(r, lateName).status).toBe('PENDING');
    const [{ n }] = (await db.query(
      `SELECT count(*)::int AS n FROM board_report_lines WHERE course_id = $1`,
      [course.courseId],
    )) as { n: number }[];
    expect(n).toBe(3);
  }, 120_000);

  it('exports each pending completion once, in the documented columns, the same file again', async () => {
    const { exportCeBrokerRoster: first } = await author.ok<{ exportCeBrokerRoster: Export }>(
      EXPORT,
      { courseId: course.courseId },
    );
    expect(first.lineCount).toBe(2);
    expect(first.filename).toMatch(/^ce-broker-roster-20-678901-.*\.xlsx$/);

    const again = await author.error(EXPORT, { courseId: course.courseId });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_TO_EXPORT' });

    const token = authorSession.accessToken;
    const one = await download(author, first.downloadPath, token);
    const two = await download(author, first.downloadPath, token);
    expect(one.status).toBe(200);
    expect(two.bytes.equals(one.bytes)).toBe(true);

    const sheet = await rows(one.bytes);
    expect(sheet[0]).toEqual([...ROSTER_COLUMNS]);
    const body = sheet.slice(1);
    expect(body).toHaveLength(2);
    // Each completion's own date (a run near midnight UTC may complete on one day and export
    // on the next), as MM/DD/YYYY.
    const completedOn = new Map(
      (
        (await db.query(
          `SELECT license_number, to_char(completed_on, 'MM/DD/YYYY') AS day
             FROM board_report_lines WHERE course_id = $1 AND license_number IS NOT NULL`,
          [course.courseId],
        )) as { license_number: string; day: string }[]
      ).map((row) => [row.license_number, row.day]),
    );
    expect(body.map((row) => row[0]).sort()).toEqual(['PT0001665', 'PT0002304']);
    for (const row of body) {
      expect(row.slice(2, 8)).toEqual([
        'FL',
        'PHYSICAL_THERAPIST',
        '50-12345',
        '20-678901',
        expect.any(String),
        completedOn.get(String(row[0])),
      ]);
      expect(typeof row[8]).toBe('number');
      expect(row[9]).toMatch(/\S/);
    }

    const r = await report(author);
    expect(r.counts).toMatchObject({ pending: 0, exported: 2 });
    expect(r.exports.map((e) => e.id)).toEqual([first.id]);
  }, 120_000);

  it('lets two exports at once share nothing', async () => {
    await completer('Concurrent One', { state: 'FL', number: 'PT0003001' });
    await completer('Concurrent Two', { state: 'FL', number: 'PT0003002' });
    const results = await Promise.all([
      author.request<{ exportCeBrokerRoster: Export }>(EXPORT, { courseId: course.courseId }),
      admin.request<{ exportCeBrokerRoster: Export }>(EXPORT, { courseId: course.courseId }),
    ]);
    const made = results.filter((result) => result.data?.exportCeBrokerRoster);
    const refused = results.filter((result) => result.errors?.length);
    expect(made).toHaveLength(1);
    expect(made[0]!.data!.exportCeBrokerRoster.lineCount).toBe(2);
    expect(refused.map((result) => result.errors![0]!.extensions?.reason)).toEqual([
      'NOTHING_TO_EXPORT',
    ]);

    const exported = (await db.query(
      `SELECT l.id, count(x.export_id)::int AS exports
         FROM board_report_lines l LEFT JOIN board_report_export_lines x ON x.line_id = l.id
        WHERE l.course_id = $1 AND l.status <> 'NOT_REPORTABLE'
        GROUP BY l.id`,
      [course.courseId],
    )) as { id: string; exports: number }[];
    expect(exported).toHaveLength(4);
    expect(exported.every((line) => line.exports === 1)).toBe(true);
  }, 120_000);

  it('refuses to enrol a learner whose license number the board would refuse', async () => {
    const session = await registerLearner(test, {
      displayName: 'Malformed Number',
      licenseNumber: 'PT-777',
      licenseState: 'CO',
    });
    // A Florida license recorded before numbers were checked against the state's format.
    await db.query(
      `INSERT INTO licenses (user_id, state, profession, number, is_primary)
       VALUES ($1, 'FL', 'PHYSICAL_THERAPIST', '0001665', false)`,
      [session.userId],
    );
    const learner = test.client.as(session.accessToken);
    const error = await learner.error(ENROLL, { courseId: course.courseId });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'licenseNumber' });
    expect(error.message).toMatch(/"0001665"/);
    expect(error.message).toMatch(/PT followed by the digits/);
    const [{ n }] = (await db.query(
      `SELECT count(*)::int AS n FROM enrollments WHERE user_id = $1`,
      [session.userId],
    )) as { n: number }[];
    expect(n).toBe(0);

    // Corrected, they enrol.
    await db.query(`UPDATE licenses SET number = 'PT0001999' WHERE user_id = $1 AND state = 'FL'`, [
      session.userId,
    ]);
    await learner.ok(ENROLL, { courseId: course.courseId });
  }, 60_000);

  it('records CE Broker’s answers on exported lines only, with a reason for a rejection', async () => {
    const r = await report(author, { status: 'EXPORTED' });
    const early = lineOf(r, 'Early Floridian');
    const late = lineOf(r, lateName);

    const noReason = await author.error(RESULT, { lineIds: [early.id], status: 'REJECTED' });
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const notSent = lineOf(await report(author, { status: 'NOT_REPORTABLE' }), 'Colorado Only');
    const unsent = await author.error(RESULT, { lineIds: [notSent.id], status: 'ACCEPTED' });
    expect(unsent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lineIds' });

    await author.ok(RESULT, {
      lineIds: [early.id],
      status: 'REJECTED',
      reason: 'License not found',
    });
    await author.ok(RESULT, { lineIds: [late.id], status: 'ACCEPTED' });
    const after = await report(author);
    expect(after.counts).toMatchObject({ exported: 2, accepted: 1, rejected: 1 });
    expect(lineOf(after, 'Early Floridian')).toMatchObject({
      status: 'REJECTED',
      reason: 'License not found',
    });
    const [{ n }] = (await db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'BOARD_REPORT_RESULT_RECORDED'`,
    )) as { n: number }[];
    expect(n).toBe(2);
  }, 60_000);

  it('notes a revocation after export without reporting anything again', async () => {
    const { myCertificates } = await test.client
      .as(early.accessToken)
      .ok<{ myCertificates: { code: string }[] }>(`query { myCertificates { code } }`);
    await admin.ok(REVOKE, { input: { code: myCertificates[0]!.code, reason: 'Issued in error' } });
    const line = lineOf(await report(author), 'Early Floridian');
    expect(line.status).toBe('REJECTED');
    expect(line.note).toMatch(/revoked .* withdraw the credit in CE Broker/);
  }, 60_000);

  it('pages the lines', async () => {
    const page1 = await report(author, { first: 2 });
    expect(page1.lines.edges).toHaveLength(2);
    expect(page1.lines.pageInfo.hasNextPage).toBe(true);
    const page2 = await report(author, { first: 2, after: page1.lines.pageInfo.endCursor });
    const ids = [...page1.lines.edges, ...page2.lines.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(ids.length);
  }, 60_000);

  it('reports a number whose state publishes no format with a note, and follows a reissue', async () => {
    const other = await quizCourse(author, admin, {
      bankSize: 3,
      quiz: { passingScorePercent: 60 },
      publish: false,
    });
    await author.ok(UPDATE_LESSON, { input: { lessonId: other.lessonIds[0], seatTimeMinutes: 1 } });
    await publish(author, admin, other.versionId);
    await author.ok(SET, {
      input: {
        courseId: other.courseId,
        ...SETTINGS,
        boards: [{ state: 'MS', profession: 'PHYSICAL_THERAPIST' }],
      },
    });
    const session = await registerLearner(test, {
      displayName: 'Mississippi Learner',
      licenseNumber: '12345',
      licenseState: 'MS',
    });
    const learner = test.client.as(session.accessToken);
    await finishOneLessonCourse(test, learner, other);
    const waiting = (
      await author.ok<{ courseBoardReport: Report }>(REPORT, { courseId: other.courseId })
    ).courseBoardReport.lines.edges[0]!.node;
    expect(waiting).toMatchObject({ status: 'PENDING', licenseNumber: '12345', state: 'MS' });
    expect(waiting.note).toMatch(/^License number format not checked/);

    // The learner corrects the number and has the certificate reissued: the waiting line follows.
    const { me } = await learner.ok<{ me: { licenses: { id: string }[] } }>(
      `query { me { licenses { id } } }`,
    );
    await learner.ok(
      `mutation Save($input: SaveLicenseInput!) { saveLicense(input: $input) { licenseNumber } }`,
      {
        input: {
          id: me.licenses[0]!.id,
          state: 'MS',
          profession: 'PHYSICAL_THERAPIST',
          number: '54321',
        },
      },
    );
    const { myCertificates } = await learner.ok<{ myCertificates: { code: string }[] }>(
      `query { myCertificates { code } }`,
    );
    await learner.ok(
      `mutation Reissue($code: String!) { reissueCertificate(code: $code) { code } }`,
      {
        code: myCertificates[0]!.code,
      },
    );
    const { exportCeBrokerRoster } = await author.ok<{ exportCeBrokerRoster: Export }>(EXPORT, {
      courseId: other.courseId,
    });
    const file = await download(
      author,
      exportCeBrokerRoster.downloadPath,
      authorSession.accessToken,
    );
    const [, row] = await rows(file.bytes);
    expect(row!.slice(0, 3)).toEqual(['54321', 'Mississippi Learner', 'MS']);
    const [{ n }] = (await db.query(
      `SELECT count(*)::int AS n FROM board_report_lines WHERE course_id = $1`,
      [other.courseId],
    )) as { n: number }[];
    expect(n).toBe(1);
  }, 120_000);

  it('shows and changes nothing for anyone but the course’s authors and admins', async () => {
    const stranger = test.client.as((await asInstructor(test)).accessToken);
    const learner = test.client.as(early.accessToken);
    for (const client of [stranger, learner]) {
      for (const [query, variables] of [
        [REPORT, { courseId: course.courseId }],
        [SET, { input: { courseId: course.courseId, ...SETTINGS } }],
        [EXPORT, { courseId: course.courseId }],
      ] as const) {
        expect((await client.error(query, variables)).extensions?.code).toBe('FORBIDDEN');
      }
    }
    const line = (await report(author)).lines.edges[0]!.node;
    const forbidden = await learner.error(RESULT, { lineIds: [line.id], status: 'ACCEPTED' });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');

    const [exported] = (await report(author)).exports;
    const asLearner = await download(learner, exported!.downloadPath, early.accessToken);
    expect(asLearner.status).toBe(403);
    const anonymous = await fetch(`${test.url}${exported!.downloadPath}`);
    expect(anonymous.status).toBe(401);
  }, 60_000);
});
