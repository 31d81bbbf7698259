import { DataSource } from 'typeorm';
import { CorrectionPublisher } from '../../apps/api/src/corrections/correction-publisher.js';
import { CorrectionsAccountData } from '../../apps/api/src/corrections/corrections-account-data.js';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import { BANK_KEY, ENROLL, quizCourse, type QuizCourse } from '../support/assessment.js';
import { asInstructor, CREATE_DRAFT, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { finishOneLessonCourse } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MARK = /* GraphQL */ `
  mutation Mark($versionId: ID!, $input: VersionCorrectionInput!) {
    markVersionCorrection(versionId: $versionId, input: $input) {
      id
      correction {
        kinds
        summary
      }
    }
  }
`;
const CLEAR = /* GraphQL */ `
  mutation Clear($versionId: ID!) {
    clearVersionCorrection(versionId: $versionId) {
      id
      correction {
        kinds
      }
    }
  }
`;
const NOTICES = /* GraphQL */ `
  query Notices($first: Int, $after: String) {
    myCorrectionNotices(first: $first, after: $after) {
      edges {
        node {
          id
          courseTitle
          courseSlug
          versionNumber
          kinds
          summary
          readAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const ACKNOWLEDGE = /* GraphQL */ `
  mutation Acknowledge($id: ID!) {
    acknowledgeCorrectionNotice(id: $id) {
      id
      readAt
    }
  }
`;
const TRANSCRIPT = /* GraphQL */ `
  query Transcript {
    myTranscript {
      certificates {
        courseVersion
        correctionNotices {
          id
          versionNumber
          kinds
          summary
          readAt
        }
      }
    }
  }
`;
const PREFERENCES = /* GraphQL */ `
  mutation Preferences($input: EmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      courseCorrections
    }
  }
`;

const SUMMARY =
  'The depth guidance for the upper trapezius now names the lung apex and tells you to stay superficial.';

interface Notice {
  id: string;
  courseTitle: string;
  courseSlug: string;
  versionNumber: number;
  kinds: string[];
  summary: string;
  readAt: string | null;
}
interface NoticesView {
  myCorrectionNotices: {
    edges: { node: Notice }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/**
 * A version that corrects safety or legal content tells everyone who completed an earlier
 * version, once each: on their transcript, and by email unless they turned those emails off.
 */
describe('correction notices', () => {
  let test: TestApp;
  const inbox: OutgoingMail[] = [];
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let course: QuizCourse;
  let completed: { session: Session; client: GraphQLClient };
  let enrolledOnly: { session: Session; client: GraphQLClient };
  let quiet: { session: Session; client: GraphQLClient };
  let draftId: string;

  const learner = async () => {
    const session = await registerLearner(test);
    return { session, client: test.client.as(session.accessToken) };
  };
  const noticesOf = async (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
    (await client.ok<NoticesView>(NOTICES, variables)).myCorrectionNotices;

  /** The course as version `versionId` has it: its own lesson and quiz, and the quiz's key. */
  async function courseAt(versionId: string): Promise<QuizCourse> {
    const { courseVersion } = await author.ok<{
      courseVersion: { modules: { lessons: { id: string }[] }[]; quizzes: { id: string }[] };
    }>(VERSION_PARTS, { id: versionId });
    const quizId = courseVersion.quizzes[0]!.id;
    const { quiz } = await author.ok<{
      quiz: {
        bank: { questions: { id: string; options: { id: string; isCorrect: boolean }[] }[] };
      };
    }>(BANK_KEY, { id: quizId });
    const key = new Map(
      quiz.bank.questions.map((q) => [q.id, q.options.filter((o) => o.isCorrect).map((o) => o.id)]),
    );
    return {
      ...course,
      versionId,
      lessonIds: courseVersion.modules.flatMap((m) => m.lessons.map((l) => l.id)),
      quizId,
      key,
    };
  }

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
    author = test.client.as((await asInstructor(test)).accessToken);
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

    completed = await learner();
    await finishOneLessonCourse(test, completed.client, course);
    quiet = await learner();
    await finishOneLessonCourse(test, quiet.client, course);
    await quiet.client.ok(PREFERENCES, { input: { courseCorrections: false } });
    enrolledOnly = await learner();
    await enrolledOnly.client.ok(ENROLL, { courseId: course.courseId });

    const { createDraftVersion } = await author.ok<{ createDraftVersion: { id: string } }>(
      CREATE_DRAFT,
      { input: { courseId: course.courseId, changelog: 'Safer depth guidance' } },
    );
    draftId = createDraftVersion.id;
  }, 180_000);
  afterAll(() => test.close());

  it('refuses a correction from anyone but an author, and input that breaks the rules', async () => {
    const outsider = test.client.as((await asInstructor(test)).accessToken);
    const input = { kinds: ['SAFETY'], summary: SUMMARY };
    const forbidden = await outsider.error(MARK, { versionId: draftId, input });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const asLearner = await completed.client.error(MARK, { versionId: draftId, input });
    expect(asLearner.extensions?.code).toBe('FORBIDDEN');

    const short = await author.error(MARK, {
      versionId: draftId,
      input: { kinds: ['SAFETY'], summary: 'Too short' },
    });
    expect(short.extensions?.code).toBe('BAD_USER_INPUT');
    expect(short.extensions?.field).toBe('summary');
    const none = await author.error(MARK, {
      versionId: draftId,
      input: { kinds: [], summary: SUMMARY },
    });
    expect(none.extensions?.code).toBe('BAD_USER_INPUT');
    expect(none.extensions?.field).toBe('kinds');
    const hidden = await author.error(MARK, {
      versionId: draftId,
      input: { kinds: ['LEGAL'], summary: `${SUMMARY}\u202e` },
    });
    expect(hidden.extensions?.code).toBe('BAD_USER_INPUT');
    expect(hidden.extensions?.field).toBe('summary');
  });

  it('lets an author mark the draft, change it and take it back', async () => {
    const marked = await author.ok<{
      markVersionCorrection: { correction: { kinds: string[]; summary: string } };
    }>(MARK, {
      versionId: draftId,
      input: { kinds: ['LEGAL', 'SAFETY'], summary: `  ${SUMMARY}  ` },
    });
    expect(marked.markVersionCorrection.correction).toEqual({
      kinds: ['SAFETY', 'LEGAL'],
      summary: SUMMARY,
    });
    const cleared = await author.ok<{ clearVersionCorrection: { correction: null } }>(CLEAR, {
      versionId: draftId,
    });
    expect(cleared.clearVersionCorrection.correction).toBeNull();
    await author.ok(MARK, { versionId: draftId, input: { kinds: ['SAFETY'], summary: SUMMARY } });
  });

  it('on publish, notifies those who completed an earlier version, once each, by their choice of email', async () => {
    await publish(author, admin, draftId);

    const [mine] = (await noticesOf(completed.client)).edges.map((edge) => edge.node);
    expect((await noticesOf(completed.client)).edges).toHaveLength(1);
    expect(mine).toMatchObject({
      versionNumber: 2,
      kinds: ['SAFETY'],
      summary: SUMMARY,
      readAt: null,
      courseSlug: course.slug,
    });
    expect(mine!.courseTitle).toMatch(/^Trigger point dry needling/);
    expect((await noticesOf(quiet.client)).edges).toHaveLength(1);
    expect((await noticesOf(enrolledOnly.client)).edges).toHaveLength(0);

    const mails = inbox.filter((mail) => /corrects safety content$/.test(mail.subject));
    expect(mails.map((mail) => mail.to)).toEqual([completed.session.email]);
    const [mail] = mails;
    expect(mail!.text).toContain(SUMMARY);
    expect(mail!.text).toContain(`/courses/${course.slug}`);
    expect(mail!.headers?.['List-Unsubscribe']).toMatch(/t=COURSE_CORRECTIONS/);

    // Publishing again is refused, and the notices stay as they are.
    expect((await admin.error(PUBLISH_AGAIN, { versionId: draftId })).extensions?.code).toBe(
      'CONFLICT',
    );
    const [{ count }] = (await test.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM correction_notices`)) as [{ count: number }];
    expect(count).toBe(2);
  });

  it('adds no notice and no email when the publish step runs again', async () => {
    const db = test.app.get(DataSource);
    const count = async () =>
      ((await db.query(`SELECT count(*)::int AS n FROM correction_notices`)) as [{ n: number }])[0]
        .n;
    const before = { notices: await count(), mails: inbox.length };
    const after = await db.transaction((manager) =>
      test.app
        .get(CorrectionPublisher)
        .published(manager, { id: draftId, courseId: course.courseId, number: 2 }),
    );
    expect(after).toBeNull();
    expect(await count()).toBe(before.notices);
    expect(inbox).toHaveLength(before.mails);
  });

  it('keeps a published correction as it was', async () => {
    const marked = await author.error(MARK, {
      versionId: draftId,
      input: { kinds: ['LEGAL'], summary: SUMMARY },
    });
    expect(marked.extensions?.code).toBe('CONFLICT');
    const cleared = await author.error(CLEAR, { versionId: draftId });
    expect(cleared.extensions?.code).toBe('CONFLICT');
  });

  it('shows the notice on the transcript entry of the course', async () => {
    const { myTranscript } = await completed.client.ok<{
      myTranscript: {
        certificates: { courseVersion: number; correctionNotices: Notice[] }[];
      };
    }>(TRANSCRIPT);
    expect(myTranscript.certificates).toHaveLength(1);
    expect(myTranscript.certificates[0]!.correctionNotices).toEqual([
      expect.objectContaining({ versionNumber: 2, kinds: ['SAFETY'], summary: SUMMARY }),
    ]);
  });

  it('marks a notice read for its owner only', async () => {
    const [notice] = (await noticesOf(completed.client)).edges.map((edge) => edge.node);
    const stranger = await quiet.client.error(ACKNOWLEDGE, { id: notice!.id });
    expect(stranger.extensions?.code).toBe('NOT_FOUND');
    const unknown = await completed.client.error(ACKNOWLEDGE, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');

    const { acknowledgeCorrectionNotice: read } = await completed.client.ok<{
      acknowledgeCorrectionNotice: { readAt: string };
    }>(ACKNOWLEDGE, { id: notice!.id });
    expect(read.readAt).not.toBeNull();
    test.clock.advance(60_000);
    const again = await completed.client.ok<{ acknowledgeCorrectionNotice: { readAt: string } }>(
      ACKNOWLEDGE,
      { id: notice!.id },
    );
    expect(again.acknowledgeCorrectionNotice.readAt).toBe(read.readAt);
    const [theirs] = (await noticesOf(quiet.client)).edges.map((edge) => edge.node);
    expect(theirs!.readAt).toBeNull();
  });

  it('tells a person once however many earlier versions they completed, newest first', async () => {
    // The completer of version 1 completes version 2 too; version 3 corrects legal content.
    await finishOneLessonCourse(test, completed.client, await courseAt(draftId));
    const { createDraftVersion } = await author.ok<{ createDraftVersion: { id: string } }>(
      CREATE_DRAFT,
      { input: { courseId: course.courseId, changelog: 'State rules' } },
    );
    const legal = 'The list of states that allow dry needling by physical therapists is updated.';
    await author.ok(MARK, {
      versionId: createDraftVersion.id,
      input: { kinds: ['LEGAL'], summary: legal },
    });
    await publish(author, admin, createDraftVersion.id);

    const first = await noticesOf(completed.client, { first: 1 });
    expect(first.edges.map((edge) => edge.node.versionNumber)).toEqual([3]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await noticesOf(completed.client, { first: 1, after: first.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node.versionNumber)).toEqual([2]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect(
      inbox.filter(
        (mail) => mail.to === completed.session.email && /legal content$/.test(mail.subject),
      ),
    ).toHaveLength(1);
  });

  it("stops these emails with the one-click address in the email's headers", async () => {
    const mail = inbox.find((m) => m.to === completed.session.email && /corrects/.test(m.subject))!;
    const oneClick = new URL(/^<(.+)>$/.exec(mail.headers!['List-Unsubscribe']!)![1]!);
    const response = await fetch(`${test.url}${oneClick.pathname}${oneClick.search}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    const { me } = await completed.client.ok<{
      me: { emailPreferences: { courseCorrections: boolean; credentialReminders: boolean } };
    }>(`query { me { emailPreferences { courseCorrections credentialReminders } } }`);
    expect(me.emailPreferences).toEqual({ courseCorrections: false, credentialReminders: true });
  });

  it("exports a person's notices, and deletes them with the account", async () => {
    const part = test.app.get(CorrectionsAccountData);
    const [section] = await part.exportFor(completed.session.userId);
    expect(section!.name).toBe('correctionNotices');
    expect(section!.data).toEqual([
      expect.objectContaining({ courseVersion: 2, kinds: ['SAFETY'], summary: SUMMARY }),
      expect.objectContaining({ courseVersion: 3, kinds: ['LEGAL'] }),
    ]);

    await completed.client.ok(DELETE, { input: { password: completed.session.password } });
    const rows = (await test.app
      .get(DataSource)
      .query(`SELECT id FROM correction_notices WHERE user_id = $1`, [
        completed.session.userId,
      ])) as unknown[];
    expect(rows).toEqual([]);
  });
});

const VERSION_PARTS = /* GraphQL */ `
  query VersionParts($id: ID!) {
    courseVersion(id: $id) {
      modules {
        lessons {
          id
        }
      }
      quizzes {
        id
      }
    }
  }
`;
const PUBLISH_AGAIN = /* GraphQL */ `
  mutation Publish($versionId: ID!) {
    publishCourseVersion(versionId: $versionId) {
      id
    }
  }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input)
  }
`;
