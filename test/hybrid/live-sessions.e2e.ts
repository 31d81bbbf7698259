import nodemailer from 'nodemailer';
import { DataSource } from 'typeorm';
import { LiveSessionsAccountData } from '../../apps/api/src/live-sessions/live-sessions-account-data.js';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import { asInstructor, draftCourse } from '../support/catalog.js';
import { asAdmin, LOGIN, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SESSION_FIELDS = /* GraphQL */ `
  fragment SessionFields on LiveSession {
    id
    kind
    title
    venue
    joinUrl
    startsAt
    endsAt
    capacity
    seatsLeft
    waitlistLength
    registrationClosesAt
    cancelledAt
    myRegistration {
      status
      waitlistPosition
    }
  }
`;
const SCHEDULE = /* GraphQL */ `
  mutation Schedule($input: ScheduleLiveSessionInput!) {
    scheduleLiveSession(input: $input) {
      ...SessionFields
    }
  }
  ${SESSION_FIELDS}
`;
const CANCEL_SESSION = /* GraphQL */ `
  mutation CancelSession($id: ID!) {
    cancelLiveSession(id: $id) {
      id
      cancelledAt
    }
  }
`;
const SESSION = /* GraphQL */ `
  query Session($id: ID!) {
    liveSession(id: $id) {
      ...SessionFields
    }
  }
  ${SESSION_FIELDS}
`;
const SESSIONS = /* GraphQL */ `
  query Sessions($courseId: ID, $first: Int, $after: String, $upcoming: Boolean) {
    liveSessions(courseId: $courseId, first: $first, after: $after, upcoming: $upcoming) {
      edges {
        node {
          id
          title
          seatsLeft
          myRegistration {
            status
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
const REGISTER = /* GraphQL */ `
  mutation Register($sessionId: ID!) {
    registerForLiveSession(sessionId: $sessionId) {
      id
      status
      waitlistPosition
    }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($sessionId: ID!) {
    cancelLiveSessionRegistration(sessionId: $sessionId) {
      id
      status
      waitlistPosition
    }
  }
`;

const HOUR = 3_600_000;

interface Registration {
  id: string;
  status: string;
  waitlistPosition: number | null;
}
interface SessionView {
  id: string;
  joinUrl: string | null;
  seatsLeft: number;
  waitlistLength: number;
  cancelledAt: string | null;
  myRegistration: { status: string; waitlistPosition: number | null } | null;
}

interface SessionPage {
  liveSessions: {
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** iCalendar's UTC form of a date: 20261215T140000Z. */
const icsDate = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * Live sessions: authors schedule labs and webinars; learners take seats or waitlist places in
 * order (also when fifty arrive at once), cancel up to the cut-off, and get a calendar
 * invitation with each seat.
 */
describe('live sessions', () => {
  let test: TestApp;
  const inbox: OutgoingMail[] = [];
  let author: GraphQLClient;
  let courseId: string;

  const learner = async (): Promise<{ session: Session; client: GraphQLClient }> => {
    const session = await registerLearner(test);
    return { session, client: test.client.as(session.accessToken) };
  };
  const input = (overrides: Record<string, unknown> = {}) => {
    const startsAt = new Date(test.clock.now().getTime() + 72 * HOUR);
    return {
      courseId,
      kind: 'LAB',
      title: 'Dry needling lab: upper quarter',
      venue: 'Cascade PT training room, 200 Main St, Denver CO',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 4 * HOUR).toISOString(),
      capacity: 6,
      instructors: 1,
      learnersPerInstructor: 6,
      registrationCutoffHours: 24,
      ...overrides,
    };
  };
  const schedule = async (overrides: Record<string, unknown> = {}) =>
    (
      await author.ok<{ scheduleLiveSession: SessionView & { startsAt: string } }>(SCHEDULE, {
        input: input(overrides),
      })
    ).scheduleLiveSession;
  const register = async (client: GraphQLClient, sessionId: string) =>
    (await client.ok<{ registerForLiveSession: Registration }>(REGISTER, { sessionId }))
      .registerForLiveSession;
  const view = async (client: GraphQLClient, id: string) =>
    (await client.ok<{ liveSession: SessionView }>(SESSION, { id })).liveSession;
  /** The seat emails a person received (their address confirmation aside). */
  const mailTo = (email: string) =>
    inbox.filter((mail) => mail.to === email && mail.attachments !== undefined);
  /** A new access token, for after the clock has moved past the first one's expiry. */
  const signIn = async (who: Session) => {
    const { login } = await test.client.ok<{ login: { accessToken: string } }>(LOGIN, {
      input: { email: who.email, password: who.password },
    });
    return test.client.as(login.accessToken);
  };

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
    author = test.client.as((await asInstructor(test)).accessToken);
    courseId = (await draftCourse(author, { modules: 0 })).courseId;
  }, 60_000);
  afterAll(() => test.close());

  it('refuses a schedule that breaks a rule, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ venue: null }, 'venue'],
      [{ kind: 'WEBINAR', venue: null, joinUrl: 'http://meet.example.com/x' }, 'joinUrl'],
      [{ kind: 'WEBINAR', venue: null }, 'joinUrl'],
      [{ endsAt: input().startsAt }, 'endsAt'],
      [{ endsAt: new Date(Date.parse(input().startsAt) + 13 * HOUR).toISOString() }, 'endsAt'],
      [{ startsAt: new Date(test.clock.now().getTime() - HOUR).toISOString() }, 'startsAt'],
      [{ capacity: 0 }, 'capacity'],
      [{ capacity: 201, instructors: 50 }, 'capacity'],
      // 2 instructors at 1 per 6 supervise 12 learners, not 13.
      [{ capacity: 13, instructors: 2 }, 'capacity'],
      [{ registrationCutoffHours: -1 }, 'registrationCutoffHours'],
      [{ title: 'x' }, 'title'],
    ];
    for (const [overrides, field] of cases) {
      const error = await author.error(SCHEDULE, { input: input(overrides) });
      expect({ field: error.extensions?.field, code: error.extensions?.code }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
      });
      expect(error.message.length).toBeGreaterThan(10);
    }
    const fits = await schedule({ capacity: 12, instructors: 2 });
    expect(fits.seatsLeft).toBe(12);
  });

  it('lets only the course authors or an admin schedule and cancel', async () => {
    const outsider = test.client.as((await asInstructor(test)).accessToken);
    const refused = await outsider.error(SCHEDULE, { input: input() });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const { client: student } = await learner();
    expect((await student.error(SCHEDULE, { input: input() })).extensions?.code).toBe('FORBIDDEN');

    const admin = test.client.as((await asAdmin(test)).accessToken);
    const byAdmin = await admin.ok<{ scheduleLiveSession: { id: string } }>(SCHEDULE, {
      input: input(),
    });
    const id = byAdmin.scheduleLiveSession.id;
    expect((await outsider.error(CANCEL_SESSION, { id })).extensions?.code).toBe('FORBIDDEN');
    const cancelled = await author.ok<{ cancelLiveSession: { cancelledAt: string } }>(
      CANCEL_SESSION,
      { id },
    );
    expect(cancelled.cancelLiveSession.cancelledAt).toBe(test.clock.now().toISOString());
    const closed = await student.error(REGISTER, { sessionId: id });
    expect(closed.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_CANCELLED' });
  });

  it('gives seats, then waitlist places in order, and promotes the first when a seat frees', async () => {
    const session = await schedule({ capacity: 2, title: 'Lab: cervical and thoracic' });
    const [a, b, c, d] = await Promise.all([learner(), learner(), learner(), learner()]);
    expect(await register(a!.client, session.id)).toMatchObject({ status: 'REGISTERED' });
    expect(await register(b!.client, session.id)).toMatchObject({ status: 'REGISTERED' });
    expect(await register(c!.client, session.id)).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    expect(await register(d!.client, session.id)).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 2,
    });
    const twice = await a!.client.error(REGISTER, { sessionId: session.id });
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });

    expect(await view(d!.client, session.id)).toMatchObject({
      seatsLeft: 0,
      waitlistLength: 2,
      myRegistration: { status: 'WAITLISTED', waitlistPosition: 2 },
    });
    expect(mailTo(a!.session.email)).toHaveLength(1);
    expect(mailTo(c!.session.email)).toHaveLength(0);

    const gaveUp = await a!.client.ok<{ cancelLiveSessionRegistration: Registration }>(CANCEL, {
      sessionId: session.id,
    });
    expect(gaveUp.cancelLiveSessionRegistration.status).toBe('CANCELLED');
    expect((await view(c!.client, session.id)).myRegistration).toEqual({
      status: 'REGISTERED',
      waitlistPosition: null,
    });
    expect(await view(d!.client, session.id)).toMatchObject({
      seatsLeft: 0,
      waitlistLength: 1,
      myRegistration: { status: 'WAITLISTED', waitlistPosition: 1 },
    });
    const promoted = mailTo(c!.session.email);
    expect(promoted).toHaveLength(1);
    expect(promoted[0]!.text).toContain('A seat came free');

    // A waitlisted learner who gives up frees no seat: nobody else moves.
    await d!.client.ok(CANCEL, { sessionId: session.id });
    expect(await view(b!.client, session.id)).toMatchObject({ seatsLeft: 0, waitlistLength: 0 });
    expect(mailTo(d!.session.email)).toHaveLength(0);
    const none = await d!.client.error(CANCEL, { sessionId: session.id });
    expect(none.extensions?.code).toBe('NOT_FOUND');

    // Having cancelled, a learner may come back: to the end of the queue.
    expect(await register(a!.client, session.id)).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
  });

  it('sends each seat a calendar invitation (METHOD:REQUEST, UTC times, a stable UID)', async () => {
    const session = await schedule({ title: 'Lab: lumbar region' });
    const { session: who, client } = await learner();
    const seat = await register(client, session.id);
    const [mail] = mailTo(who.email);
    expect(mail!.subject).toContain('Lab: lumbar region');
    const [attachment] = mail!.attachments ?? [];
    expect(attachment).toMatchObject({
      filename: 'invitation.ics',
      contentType: 'text/calendar; charset=utf-8; method=REQUEST',
    });
    const ics = attachment!.content.replace(/\r\n[ \t]/g, '');
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain(`DTSTART:${icsDate(session.startsAt)}`);
    expect(lines).toContain(
      `DTEND:${icsDate(new Date(Date.parse(session.startsAt) + 4 * HOUR).toISOString())}`,
    );
    expect(lines).toContain(`UID:live-session-registration-${seat.id}@fascicle`);
    expect(lines.find((line) => line.startsWith('LOCATION:'))).toContain('200 Main St');
    expect(lines.find((line) => line.startsWith('ORGANIZER;'))).toMatch(/mailto:/i);
    expect(lines.find((line) => line.startsWith('ATTENDEE;'))).toContain(who.email);
    expect(lines.filter(Boolean).at(-1)).toBe('END:VCALENDAR');

    // The mailer hands the attachment to the transport as a text/calendar part.
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const sent = (await transport.sendMail({ from: 'Fascicle <no-reply@fascicle.test>', ...mail! }))
      .message as Buffer;
    expect(sent.toString()).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    expect(sent.toString()).toContain('filename=invitation.ics');
  });

  it('shows a webinar link only to those with a seat and the organisers', async () => {
    const link = 'https://meet.example.com/dn-webinar';
    const webinar = await schedule({ kind: 'WEBINAR', venue: null, joinUrl: link, capacity: 1 });
    expect(webinar.joinUrl).toBe(link);
    const [seated, waiting] = await Promise.all([learner(), learner()]);
    await register(seated.client, webinar.id);
    await register(waiting.client, webinar.id);
    expect((await view(seated.client, webinar.id)).joinUrl).toBe(link);
    expect((await view(waiting.client, webinar.id)).joinUrl).toBeNull();
    const ics = mailTo(seated.session.email)[0]!.attachments![0]!.content;
    expect(ics).toContain(`URL;VALUE=URI:${link}`);
  });

  it('lists a course’s sessions by start, a page at a time', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: SessionPage = await author.ok<SessionPage>(SESSIONS, {
        courseId,
        first: 2,
        after,
      });
      const { liveSessions } = page;
      seen.push(...liveSessions.edges.map((edge) => edge.node.id));
      if (!liveSessions.pageInfo.hasNextPage) break;
      after = liveSessions.pageInfo.endCursor;
    }
    const ids = (await test.app
      .get(DataSource)
      .query(`SELECT id FROM live_sessions WHERE course_id = $1 ORDER BY starts_at, id`, [
        courseId,
      ])) as { id: string }[];
    expect(seen).toEqual(ids.map((row) => row.id));
    expect(seen.length).toBeGreaterThan(2);
  });

  it('holds the capacity when 50 learners register at once: 10 seats, a waitlist of 40 in order', async () => {
    const session = await schedule({ capacity: 10, instructors: 2, learnersPerInstructor: 5 });
    const crowd: { session: Session; client: GraphQLClient }[] = [];
    while (crowd.length < 50) {
      crowd.push(...(await Promise.all(Array.from({ length: 10 }, () => learner()))));
    }
    const mailsBefore = inbox.length;
    const results = await Promise.all(crowd.map(({ client }) => register(client, session.id)));

    const seated = results.filter((result) => result.status === 'REGISTERED');
    const waiting = results.filter((result) => result.status === 'WAITLISTED');
    expect(seated).toHaveLength(10);
    expect(waiting).toHaveLength(40);
    expect(waiting.map((result) => result.waitlistPosition).sort((x, y) => x! - y!)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const rows = (await test.app.get(DataSource).query(
      `SELECT status, queue_number AS "queueNumber" FROM live_session_registrations
          WHERE session_id = $1 ORDER BY queue_number`,
      [session.id],
    )) as { status: string; queueNumber: number }[];
    expect(rows.map((row) => row.queueNumber)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // The first ten to arrive hold the seats; everyone after waits, in order of arrival.
    expect(rows.map((row) => row.status)).toEqual([
      ...Array<string>(10).fill('REGISTERED'),
      ...Array<string>(40).fill('WAITLISTED'),
    ]);
    expect(inbox.length - mailsBefore).toBe(10);
    expect(await view(author, session.id)).toMatchObject({ seatsLeft: 0, waitlistLength: 40 });
  }, 30_000);

  it("exports a learner's registrations, and on erasure gives their seat to the next", async () => {
    const session = await schedule({ capacity: 1, title: 'Lab: hip and knee' });
    const [leaving, next] = await Promise.all([learner(), learner()]);
    await register(leaving.client, session.id);
    await register(next.client, session.id);
    const part = test.app.get(LiveSessionsAccountData);
    const [section] = await part.exportFor(leaving.session.userId);
    expect(section).toMatchObject({
      name: 'liveSessionRegistrations',
      data: [{ session: 'Lab: hip and knee', kind: 'LAB', status: 'REGISTERED' }],
    });
    await test.app
      .get(DataSource)
      .transaction((manager) => part.eraseFor(manager, leaving.session.userId));
    expect(await part.exportFor(leaving.session.userId)).toEqual([
      { name: 'liveSessionRegistrations', data: [] },
    ]);
    expect((await view(next.client, session.id)).myRegistration).toEqual({
      status: 'REGISTERED',
      waitlistPosition: null,
    });
  });

  it('closes registration and cancellation at the cut-off, and for a past session', async () => {
    // Starts in 20 hours with a 24-hour cut-off: already closed.
    const soon = await schedule({
      startsAt: new Date(test.clock.now().getTime() + 20 * HOUR).toISOString(),
      endsAt: new Date(test.clock.now().getTime() + 23 * HOUR).toISOString(),
    });
    const { session: who, client } = await learner();
    const late = await client.error(REGISTER, { sessionId: soon.id });
    expect(late.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REGISTRATION_CLOSED',
      field: 'sessionId',
    });

    const later = await schedule({ title: 'Lab: lower quarter' });
    await register(client, later.id);
    test.clock.advance(49 * HOUR); // 23 hours before the start: past the cut-off
    const stuck = await (await signIn(who)).error(CANCEL, { sessionId: later.id });
    expect(stuck.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_CLOSED' });
    test.clock.advance(30 * HOUR); // the session is over
    const { client: newcomer } = await learner();
    const past = await newcomer.error(REGISTER, { sessionId: later.id });
    expect(past.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_CLOSED' });

    // Asked for what is still to come, the list leaves the ended sessions out.
    const listed = async (upcoming: boolean) =>
      (
        await newcomer.ok<SessionPage>(SESSIONS, { courseId, first: 50, upcoming })
      ).liveSessions.edges.map((edge) => edge.node.id);
    expect(await listed(false)).toEqual(expect.arrayContaining([soon.id, later.id]));
    const upcoming = await listed(true);
    expect(upcoming).not.toContain(soon.id);
    expect(upcoming).not.toContain(later.id);
  });
});
