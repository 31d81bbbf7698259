import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../apps/api/src/config/app-config.js';
import { LiveAttendanceChanged } from '../../apps/api/src/live-sessions/events.js';
import { LiveAttendanceReader } from '../../apps/api/src/live-sessions/live-attendance-reader.js';
import { LiveSessionsAccountData } from '../../apps/api/src/live-sessions/live-sessions-account-data.js';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import { asAdmin, LOGIN, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCHEDULE = /* GraphQL */ `
  mutation Schedule($input: ScheduleLiveSessionInput!) {
    scheduleLiveSession(input: $input) {
      id
      courseId
      programId
      startsAt
      endsAt
    }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation Register($sessionId: ID!) {
    registerForLiveSession(sessionId: $sessionId) {
      status
    }
  }
`;
const CODE = /* GraphQL */ `
  query Code($sessionId: ID!) {
    liveSessionCheckInCode(sessionId: $sessionId) {
      code
      url
      qrSvg
      expiresAt
    }
  }
`;
const ATTENDANCE_FIELDS = /* GraphQL */ `
  fragment AttendanceFields on LiveAttendance {
    userId
    checkedInAt
    checkedOutAt
    creditedMinutes
    outcome
    corrected
    correctionReason
  }
`;
const CHECK_IN = /* GraphQL */ `
  mutation CheckIn($sessionId: ID!, $code: String!) {
    checkInToLiveSession(sessionId: $sessionId, code: $code) {
      ...AttendanceFields
    }
  }
  ${ATTENDANCE_FIELDS}
`;
const CORRECT = /* GraphQL */ `
  mutation Correct($input: CorrectLiveAttendanceInput!) {
    correctLiveAttendance(input: $input) {
      ...AttendanceFields
    }
  }
  ${ATTENDANCE_FIELDS}
`;
const ROSTER = /* GraphQL */ `
  query Roster($sessionId: ID!, $first: Int, $after: String) {
    liveSessionAttendance(sessionId: $sessionId, first: $first, after: $after) {
      edges {
        node {
          learnerName
          ...AttendanceFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${ATTENDANCE_FIELDS}
`;
const MINE = /* GraphQL */ `
  query Mine($id: ID!) {
    liveSession(id: $id) {
      myAttendance {
        ...AttendanceFields
      }
    }
  }
  ${ATTENDANCE_FIELDS}
`;
const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
    }
  }
`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Attendance {
  userId: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  creditedMinutes: number;
  outcome: string;
  corrected: boolean;
  correctionReason: string | null;
}
interface ScheduledSession {
  id: string;
  courseId: string | null;
  programId: string | null;
  startsAt: string;
  endsAt: string;
}
interface RosterPage {
  liveSessionAttendance: {
    edges: { node: Attendance & { learnerName: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/**
 * Attendance at live sessions: learners scan the code the session's screen shows at arrival
 * and departure; stale, replayed and other sessions' codes are refused; the session's
 * instructors see the roster and correct it with a reason, audited.
 */
describe('live attendance', () => {
  let test: TestApp;
  let db: DataSource;
  let author: Session;
  let admin: Session;
  let courseId: string;
  let programId: string;
  const changes: { sessionId: string; userId: string }[] = [];

  /** A client signed in now: the test clock moves past access tokens' 15 minutes. */
  const as = async (who: Session): Promise<GraphQLClient> => {
    const { login } = await test.client.ok<{ login: { accessToken: string } }>(LOGIN, {
      input: { email: who.email, password: who.password },
    });
    return test.client.as(login.accessToken);
  };
  /** A one-hour session two days from now, scheduled by the course's author. */
  const schedule = async (overrides: Record<string, unknown> = {}, by: Session = author) => {
    const startsAt = new Date(test.clock.now().getTime() + 48 * HOUR);
    const { scheduleLiveSession } = await (
      await as(by)
    ).ok<{ scheduleLiveSession: ScheduledSession }>(SCHEDULE, {
      input: {
        courseId,
        kind: 'LAB',
        title: 'Dry needling lab: shoulder girdle',
        venue: 'Cascade PT training room, 200 Main St, Denver CO',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
        capacity: 6,
        instructors: 1,
        learnersPerInstructor: 6,
        registrationCutoffHours: 24,
        ...overrides,
      },
    });
    return scheduleLiveSession;
  };
  /** Learners with a seat at the session. */
  const seated = async (sessionId: string, count: number) =>
    Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const who = await registerLearner(test, { displayName: `Learner ${i + 1}, DPT` });
        await test.client.as(who.accessToken).ok(REGISTER, { sessionId });
        return who;
      }),
    );
  /** Moves the clock to this many minutes after the session's start (negative: before). */
  const at = (session: ScheduledSession, minutes: number) =>
    test.clock.set(new Date(Date.parse(session.startsAt) + minutes * MINUTE));
  const codeNow = async (sessionId: string, by: Session = author) =>
    (
      await (
        await as(by)
      ).ok<{
        liveSessionCheckInCode: { code: string; url: string; qrSvg: string; expiresAt: string };
      }>(CODE, { sessionId })
    ).liveSessionCheckInCode;
  const scan = async (who: Session, sessionId: string, code: string) =>
    (await (await as(who)).ok<{ checkInToLiveSession: Attendance }>(CHECK_IN, { sessionId, code }))
      .checkInToLiveSession;
  const stored = (sessionId: string) =>
    db.query(
      `SELECT user_id AS "userId", check_in_window AS "in", check_out_window AS "out",
              corrected_at AS "correctedAt"
         FROM live_session_attendance WHERE session_id = $1`,
      [sessionId],
    ) as Promise<{ userId: string; in: number | null; out: number | null }[]>;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    test.app.get(EventEmitter2).on(LiveAttendanceChanged.event, (event: LiveAttendanceChanged) => {
      changes.push({ sessionId: event.sessionId, userId: event.userId });
    });
    author = await asInstructor(test);
    admin = await asAdmin(test);
    const authorClient = test.client.as(author.accessToken);
    const adminClient = test.client.as(admin.accessToken);
    const course = await draftCourse(authorClient, { modules: 1, lessons: 1 });
    await publish(authorClient, adminClient, course.versionId);
    courseId = course.courseId;
    const { createCredentialProgram } = await adminClient.ok<{
      createCredentialProgram: { id: string };
    }>(CREATE_PROGRAM, {
      input: {
        slug: 'dry-needling-hybrid-attendance',
        title: 'Dry Needling (hybrid)',
        description: 'Online courses and labs.',
        validityMonths: 24,
        courseIds: [courseId],
      },
    });
    programId = createCredentialProgram.id;
  }, 120_000);
  afterAll(() => test.close());

  it('checks a learner in and out with the codes on the screen, and credits the minutes', async () => {
    const lab = await schedule();
    const webinar = await schedule({
      kind: 'WEBINAR',
      venue: null,
      joinUrl: 'https://meet.example.com/dn-webinar',
      title: 'Dry needling webinar: safety review',
    });
    const [early, late] = await seated(lab.id, 2);
    await test.client.as(late!.accessToken).ok(REGISTER, { sessionId: webinar.id });

    at(lab, -2);
    const shown = await codeNow(lab.id);
    const publicUrl = test.app.get(AppConfig).publicUrl;
    expect(shown.url).toBe(`${publicUrl}/live/${lab.id}/check-in?code=${shown.code}`);
    expect(shown.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(Date.parse(shown.expiresAt)).toBe(
      (Math.floor(test.clock.now().getTime() / MINUTE) + 1) * MINUTE,
    );
    const arrived = await scan(early!, lab.id, shown.code);
    expect(arrived).toMatchObject({
      userId: early!.userId,
      checkedInAt: test.clock.now().toISOString(),
      checkedOutAt: null,
      creditedMinutes: 0,
      outcome: 'NO_CHECK_OUT',
    });

    // 20 minutes late to both: a lab needs 75 % of its length, a webinar credits what was attended.
    at(lab, 20);
    await scan(late!, lab.id, (await codeNow(lab.id)).code);
    await scan(late!, webinar.id, (await codeNow(webinar.id)).code);

    at(lab, 50);
    expect(await scan(late!, webinar.id, (await codeNow(webinar.id)).code)).toMatchObject({
      creditedMinutes: 30,
      outcome: 'PARTIAL',
    });
    // Within 5 minutes of the end counts to the end; a later scan moves the departure forward.
    at(lab, 58);
    const left = await scan(early!, lab.id, (await codeNow(lab.id)).code);
    expect(left).toMatchObject({ creditedMinutes: 60, outcome: 'FULL' });
    expect(left.checkedOutAt).toBe(test.clock.now().toISOString());
    expect(await scan(late!, lab.id, (await codeNow(lab.id)).code)).toMatchObject({
      creditedMinutes: 0,
      outcome: 'BELOW_REQUIRED_SHARE',
    });
    expect(await scan(late!, webinar.id, (await codeNow(webinar.id)).code)).toMatchObject({
      creditedMinutes: 40,
      outcome: 'PARTIAL',
    });

    const mine = await (
      await as(early!)
    ).ok<{ liveSession: { myAttendance: Attendance } }>(MINE, {
      id: lab.id,
    });
    expect(mine.liveSession.myAttendance).toMatchObject({ creditedMinutes: 60, outcome: 'FULL' });
    expect(changes.filter((change) => change.sessionId === lab.id)).toHaveLength(4);
  });

  it("refuses an expired, a replayed or another session's code, and a learner without a seat", async () => {
    const session = await schedule({ title: 'Lab: lumbar region' });
    const other = await schedule({ title: 'Lab: cervical region' });
    const [learner] = await seated(session.id, 1);
    const stranger = await registerLearner(test);

    at(session, 0);
    const stale = (await codeNow(session.id)).code;
    test.clock.advance(3 * MINUTE);
    const refused = async (code: string) =>
      (await as(learner!)).error(CHECK_IN, { sessionId: session.id, code });
    const expired = await refused(stale);
    expect(expired.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
      reason: 'EXPIRED',
    });
    expect(expired.message).toBe('This code has expired: scan the code on the screen again');
    const elsewhere = await refused((await codeNow(other.id)).code);
    expect(elsewhere.extensions).toMatchObject({ field: 'code', reason: 'WRONG_SESSION' });
    expect(elsewhere.message).toContain('another session');
    expect((await refused('not-a-check-in-code!')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MALFORMED',
    });
    expect(await stored(session.id)).toEqual([]);

    const code = (await codeNow(session.id)).code;
    await scan(learner!, session.id, code);
    const replay = await refused(code);
    expect(replay.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RECORDED' });
    expect(replay.message).toContain('already recorded');

    test.clock.advance(30 * MINUTE);
    const leaving = (await codeNow(session.id)).code;
    await scan(learner!, session.id, leaving);
    const again = await refused(leaving);
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RECORDED' });

    const noSeat = await (
      await as(stranger)
    ).error(CHECK_IN, { sessionId: session.id, code: (await codeNow(session.id)).code });
    expect(noSeat.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_SEAT' });

    const rows = await stored(session.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.out! - rows[0]!.in!).toBe(30);
  });

  it('records one arrival when the same code is scanned five times at once', async () => {
    const session = await schedule({ title: 'Lab: scapular region' });
    const [learner] = await seated(session.id, 1);
    at(session, 0);
    const code = (await codeNow(session.id)).code;
    const client = await as(learner!);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        client.request<{ checkInToLiveSession: Attendance }>(CHECK_IN, {
          sessionId: session.id,
          code,
        }),
      ),
    );
    expect(results.filter((result) => result.data?.checkInToLiveSession)).toHaveLength(1);
    expect(
      results.map((result) => result.errors?.[0]?.extensions?.['reason']).filter(Boolean),
    ).toEqual(Array<string>(4).fill('ALREADY_RECORDED'));
    expect(await stored(session.id)).toHaveLength(1);
  });

  it("gives the code, the roster and corrections to the session's instructors only", async () => {
    const session = await schedule({ title: 'Lab: hip and knee' });
    const [learner] = await seated(session.id, 1);
    const outsider = await asInstructor(test);
    const correction = {
      sessionId: session.id,
      userId: learner!.userId,
      checkedInAt: session.startsAt,
      checkedOutAt: session.endsAt,
      reason: 'Arrived on time; the phone had no signal.',
    };

    const early = await (await as(author)).error(CODE, { sessionId: session.id });
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHECK_IN_CLOSED' });
    at(session, 10);
    for (const who of [outsider, learner!]) {
      const client = await as(who);
      expect((await client.error(CODE, { sessionId: session.id })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await client.error(ROSTER, { sessionId: session.id })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await client.error(CORRECT, { input: correction })).extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
    expect(await stored(session.id)).toEqual([]);
    // An admin is staff of every session.
    expect((await codeNow(session.id, admin)).code).toHaveLength(20);
    at(session, 91);
    const closed = await (await as(author)).error(CODE, { sessionId: session.id });
    expect(closed.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHECK_IN_CLOSED' });
  });

  it('refuses a correction without a reason, changing nothing, and audits one with its reason', async () => {
    const session = await schedule({ title: 'Lab: thoracic region' });
    const [scanned, absent] = await seated(session.id, 2);
    const seatless = await registerLearner(test);
    at(session, 0);
    await scan(scanned!, session.id, (await codeNow(session.id)).code);
    at(session, 70);
    const staff = await as(author);
    const input = (overrides: Record<string, unknown> = {}) => ({
      sessionId: session.id,
      userId: absent!.userId,
      checkedInAt: session.startsAt,
      checkedOutAt: session.endsAt,
      reason: 'Present throughout; signed the paper sheet, phone battery flat.',
      ...overrides,
    });

    const audits = () =>
      db.query(
        `SELECT actor_id AS "actorId", subject_id AS "subjectId", details
           FROM audit_events WHERE action = 'LIVE_ATTENDANCE_CORRECTED'
            AND details->>'sessionId' = $1 ORDER BY seq`,
        [session.id],
      ) as Promise<{ actorId: string; subjectId: string; details: Record<string, unknown> }[]>;
    const cases: [Record<string, unknown>, string][] = [
      [{ reason: '' }, 'reason'],
      [{ reason: '   late   ' }, 'reason'],
      [{ reason: 'x'.repeat(501) }, 'reason'],
      [
        { checkedInAt: new Date(Date.parse(session.startsAt) - 61 * MINUTE).toISOString() },
        'checkedInAt',
      ],
      [
        { checkedOutAt: new Date(Date.parse(session.endsAt) + 61 * MINUTE).toISOString() },
        'checkedOutAt',
      ],
      [{ checkedOutAt: session.startsAt, checkedInAt: session.endsAt }, 'checkedOutAt'],
      // Within the hour after the end, but still to come on the clock: never attested ahead.
      [
        { checkedOutAt: new Date(Date.parse(session.endsAt) + 59 * MINUTE).toISOString() },
        'checkedOutAt',
      ],
      [{ checkedInAt: null }, 'checkedInAt'],
      [{ userId: seatless.userId }, 'userId'],
    ];
    for (const [overrides, field] of cases) {
      const error = await staff.error(CORRECT, { input: input(overrides) });
      expect({ code: error.extensions?.code, field: error.extensions?.field }).toEqual({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const missing = await staff.error(CORRECT, {
      input: { ...input(), reason: undefined },
    });
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stored(session.id)).map((row) => row.userId)).toEqual([scanned!.userId]);
    expect(await audits()).toEqual([]);

    const recorded = await staff.ok<{ correctLiveAttendance: Attendance }>(CORRECT, {
      input: input(),
    });
    expect(recorded.correctLiveAttendance).toMatchObject({
      creditedMinutes: 60,
      outcome: 'FULL',
      corrected: true,
      correctionReason: 'Present throughout; signed the paper sheet, phone battery flat.',
    });
    const departed = new Date(Date.parse(session.endsAt) - 2 * MINUTE).toISOString();
    await staff.ok(CORRECT, {
      input: input({
        userId: scanned!.userId,
        checkedOutAt: departed,
        reason: 'Left with the group; scanned at arrival only.',
      }),
    });
    const trail = await audits();
    expect(trail).toHaveLength(2);
    expect(trail[0]).toMatchObject({
      actorId: author.userId,
      details: {
        userId: absent!.userId,
        before: null,
        after: { checkedInAt: session.startsAt, checkedOutAt: session.endsAt },
        reason: 'Present throughout; signed the paper sheet, phone battery flat.',
      },
    });
    expect(trail[1]!.details).toMatchObject({
      userId: scanned!.userId,
      before: { checkedOutAt: null },
      after: { checkedInAt: session.startsAt, checkedOutAt: departed },
    });

    // The roster: every seat, in order of registration, a page at a time.
    const first = await staff.ok<RosterPage>(ROSTER, { sessionId: session.id, first: 1 });
    expect(first.liveSessionAttendance.pageInfo.hasNextPage).toBe(true);
    const second = await staff.ok<RosterPage>(ROSTER, {
      sessionId: session.id,
      first: 1,
      after: first.liveSessionAttendance.pageInfo.endCursor,
    });
    expect(second.liveSessionAttendance.pageInfo.hasNextPage).toBe(false);
    const nodes = [first, second].map((page) => page.liveSessionAttendance.edges[0]!.node);
    expect(nodes.map((node) => node.userId).sort()).toEqual(
      [scanned!.userId, absent!.userId].sort(),
    );
    for (const node of nodes) {
      expect(node).toMatchObject({
        learnerName: expect.stringMatching(/^Learner \d, DPT$/),
        corrected: true,
        creditedMinutes: 60,
      });
    }
  });

  it("runs a program's session: the authors of its courses schedule it; the reader credits it", async () => {
    const both = await (
      await as(author)
    ).error(SCHEDULE, {
      input: { ...(await scheduleInput()), programId },
    });
    expect(both.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programId' });
    const neither = await (
      await as(author)
    ).error(SCHEDULE, {
      input: { ...(await scheduleInput()), courseId: null },
    });
    expect(neither.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'courseId' });
    const outsider = await (
      await as(await asInstructor(test))
    ).error(SCHEDULE, {
      input: { ...(await scheduleInput()), courseId: null, programId },
    });
    expect(outsider.extensions?.code).toBe('FORBIDDEN');

    const session = await schedule({
      courseId: null,
      programId,
      title: 'Program lab: upper quarter',
    });
    expect(session).toMatchObject({ courseId: null, programId });
    const courseLab = await schedule({ title: 'Course lab: lower quarter' });
    const [learner] = await seated(session.id, 1);
    await test.client.as(learner!.accessToken).ok(REGISTER, { sessionId: courseLab.id });

    at(session, 0);
    await scan(learner!, session.id, (await codeNow(session.id)).code);
    await scan(learner!, courseLab.id, (await codeNow(courseLab.id)).code);
    at(session, 59);
    await scan(learner!, session.id, (await codeNow(session.id)).code);

    const reader = test.app.get(LiveAttendanceReader);
    const credits = await db.transaction((manager) =>
      reader.liveCredits(manager, learner!.userId, { programId, courseIds: [courseId] }),
    );
    expect(credits).toEqual(
      expect.arrayContaining([
        { sessionId: session.id, sessionKind: 'LAB', creditedMinutes: 60 },
        { sessionId: courseLab.id, sessionKind: 'LAB', creditedMinutes: 0 },
      ]),
    );
    expect(credits).toHaveLength(2);
    const programOnly = await db.transaction((manager) =>
      reader.liveCredits(manager, learner!.userId, { programId, courseIds: [] }),
    );
    expect(programOnly).toEqual([
      { sessionId: session.id, sessionKind: 'LAB', creditedMinutes: 60 },
    ]);
  });

  it('reads the roster in as many queries for five learners as for one', async () => {
    const small = await schedule({ title: 'Lab: elbow' });
    const large = await schedule({ title: 'Lab: wrist and hand' });
    await seated(small.id, 1);
    const crowd = await seated(large.id, 5);
    at(large, 0);
    for (const who of crowd.slice(0, 3)) await scan(who, large.id, (await codeNow(large.id)).code);
    const staff = await as(author);
    const roster = (sessionId: string) =>
      countQueries(db, () => staff.ok<RosterPage>(ROSTER, { sessionId, first: 20 }));
    const one = await roster(small.id);
    const five = await roster(large.id);
    expect(five.result.liveSessionAttendance.edges).toHaveLength(5);
    expect(
      five.result.liveSessionAttendance.edges.filter((edge) => edge.node.checkedInAt !== null),
    ).toHaveLength(3);
    expect(five.queries.length).toBe(one.queries.length);
  });

  it("exports a learner's attendance with their registration, and erases it with the account", async () => {
    const session = await schedule({ title: 'Lab: ankle and foot' });
    const [learner] = await seated(session.id, 1);
    at(session, 0);
    await scan(learner!, session.id, (await codeNow(session.id)).code);
    const part = test.app.get(LiveSessionsAccountData);
    const [section] = await part.exportFor(learner!.userId);
    expect(section).toMatchObject({
      name: 'liveSessionRegistrations',
      data: [{ session: 'Lab: ankle and foot', attendance: { checkedOutAt: null } }],
    });
    await db.transaction((manager) => part.eraseFor(manager, learner!.userId));
    expect(await stored(session.id)).toEqual([]);
  });

  /** The schedule input for a session two days from now, as `schedule` sends it. */
  async function scheduleInput() {
    const startsAt = new Date(test.clock.now().getTime() + 48 * HOUR);
    return {
      courseId,
      kind: 'LAB',
      title: 'Dry needling lab',
      venue: 'Cascade PT training room',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
      capacity: 6,
      instructors: 1,
      learnersPerInstructor: 6,
      registrationCutoffHours: 24,
    };
  }
});
