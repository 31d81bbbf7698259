import { ADD_QUESTION, CREATE_BANK, CREATE_QUIZ } from '../support/assessment.js';
import {
  ADD_LESSON,
  ADD_MODULE,
  asInstructor,
  CREATE_COURSE,
  courseInput,
  OVERRIDE_GATES,
  PUBLISH,
  SUBMIT,
  UPDATE_LESSON,
} from '../support/catalog.js';
import { asAdmin, type Session } from '../support/factories.js';
import type { GraphQLClient, GraphQLErrorShape } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREDIT_REPORT = /* GraphQL */ `
  query Credit($id: ID!) {
    courseVersion(id: $id) {
      status
      creditReport {
        claimedMinutes
        supportedMinutes
        readingWordsPerMinute
        claimedHours {
          label
          hours
          text
        }
        lessons {
          lessonId
          words
          estimateMinutes
          source
          seatTimeMinutes
          maxSeatTimeMinutes
          pilot {
            testers
            stale
          }
        }
        problems {
          code
          field
          overridden
        }
        overrides {
          stage
          codes
          reason
          adminName
        }
      }
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query Audit($subjectId: ID!) {
    auditEvents(subjectId: $subjectId) {
      action
      details
    }
  }
`;
const RECORD_PILOT = /* GraphQL */ `
  mutation Pilot($input: RecordLessonPilotInput!) {
    recordLessonPilot(input: $input) {
      id
    }
  }
`;
const RECORD_APPROVAL = /* GraphQL */ `
  mutation Approval($input: RecordCourseApprovalInput!) {
    recordCourseApproval(input: $input) {
      id
    }
  }
`;

interface Report {
  courseVersion: {
    status: string;
    creditReport: {
      claimedMinutes: number;
      supportedMinutes: number;
      readingWordsPerMinute: number;
      claimedHours: { label: string; hours: number; text: string }[];
      lessons: {
        lessonId: string;
        words: number;
        estimateMinutes: number;
        source: string;
        seatTimeMinutes: number;
        maxSeatTimeMinutes: number;
        pilot: { testers: number; stale: boolean } | null;
      }[];
      problems: { code: string; field: string; overridden: boolean }[];
      overrides: { stage: string; codes: string[]; reason: string; adminName: string }[];
    };
  };
}

/** 540 words: three minutes at 180 words a minute. */
const THREE_MINUTES = Array.from({ length: 540 }, (_, i) => `word${i}`).join(' ');

const DISCLOSURE = {
  contributors: [{ name: 'Ada Author', credentials: 'PT, DPT', role: 'Author', relationships: [] }],
  commercialSupport: [],
};

const codes = (error: GraphQLErrorShape) =>
  (error.extensions?.problems as { code: string }[]).map((problem) => problem.code).sort();

describe('credit gates at submit and publish', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let adminSession: Session;
  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    adminSession = await asAdmin(test);
    admin = test.client.as(adminSession.accessToken);
  });
  afterAll(() => test.close());

  const report = async (versionId: string) =>
    (await author.ok<Report>(CREDIT_REPORT, { id: versionId })).courseVersion;

  /** One module with one lesson; returns the version and lesson ids. */
  async function course(input: Record<string, unknown>, lesson: Record<string, unknown>) {
    const { createCourse } = await author.ok<{ createCourse: { id: string } }>(CREATE_COURSE, {
      input: courseInput(input),
    });
    const { addModule } = await author.ok<{ addModule: { id: string } }>(ADD_MODULE, {
      input: { versionId: createCourse.id, title: 'Module 1', objectives: [] },
    });
    const { addLesson } = await author.ok<{ addLesson: { id: string } }>(ADD_LESSON, {
      input: {
        moduleId: addModule.id,
        title: 'Lesson 1',
        references: [{ citation: 'Source A.' }, { citation: 'Source B.' }],
        ...lesson,
      },
    });
    return { versionId: createCourse.id, moduleId: addModule.id, lessonId: addLesson.id };
  }

  it('refuses the 8-hour course of one 1-minute lesson at submit and at publish, until an admin overrides each step in writing', async () => {
    const { versionId } = await course(
      { creditMinutes: 480, learningObjectives: ['Define a trigger point'] },
      { bodyMarkdown: 'A trigger point is a tender spot in a taut band.', seatTimeMinutes: 1 },
    );

    const atSubmit = await author.error(SUBMIT, { versionId });
    expect(atSubmit.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CREDIT_GATES',
      field: 'creditMinutes',
    });
    expect(atSubmit.message).toMatch(
      /claims 480 minutes of instruction but its content supports 0/,
    );
    expect(codes(atSubmit)).toEqual([
      'CLAIM_EXCEEDS_SUPPORTED',
      'DISCLOSURE_MISSING',
      'DISCLOSURE_MISSING',
      'DISCLOSURE_MISSING',
      'NO_ASSESSMENT',
    ]);
    expect((await report(versionId)).status).toBe('DRAFT');

    // Only an admin overrides, and only with a reason worth reading.
    expect(
      (await author.error(OVERRIDE_GATES, { input: { versionId, reason: 'x'.repeat(40) } }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await admin.error(OVERRIDE_GATES, { input: { versionId, reason: 'ok' } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const submitReason = 'Reviewing the claim with the author before deciding; let it into review.';
    await admin.ok(OVERRIDE_GATES, { input: { versionId, reason: submitReason } });
    await author.ok(SUBMIT, { versionId });

    // The submit override does not carry over: publication checks again.
    const atPublish = await admin.error(PUBLISH, { versionId });
    expect(atPublish.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CREDIT_GATES' });
    expect(codes(atPublish)).toContain('CLAIM_EXCEEDS_SUPPORTED');
    expect((await report(versionId)).status).toBe('IN_REVIEW');

    const publishReason = 'Approved by the board on the provider’s documented live hours (test).';
    await admin.ok(OVERRIDE_GATES, { input: { versionId, reason: publishReason } });
    await admin.ok(PUBLISH, { versionId });

    const { auditEvents } = await admin.ok<{ auditEvents: { action: string; details: string }[] }>(
      AUDIT,
      { subjectId: versionId },
    );
    // Audit details travel as JSON text.
    const overrides = auditEvents
      .filter((event) => event.action === 'COURSE_GATES_OVERRIDDEN')
      .map((event) => ({
        details: JSON.parse(event.details) as { stage: string; reason: string; codes: string[] },
      }));
    // The test clock stands still, so the two events share a time: compare as a set.
    expect(overrides.map((event) => [event.details.stage, event.details.reason]).sort()).toEqual([
      ['PUBLISH', publishReason],
      ['SUBMIT', submitReason],
    ]);
    expect(
      overrides.every((event) => event.details.codes.includes('CLAIM_EXCEEDS_SUPPORTED')),
    ).toBe(true);

    const published = await report(versionId);
    expect(published.status).toBe('PUBLISHED');
    expect(published.creditReport.overrides.map((o) => [o.stage, o.reason])).toEqual([
      ['SUBMIT', submitReason],
      ['PUBLISH', publishReason],
    ]);
  });

  it('names a lesson whose seat time is above its estimate, and lets a pilot replace the estimate', async () => {
    const { versionId, lessonId } = await course(
      { creditMinutes: 3 },
      { bodyMarkdown: THREE_MINUTES, seatTimeMinutes: 9 },
    );
    const before = await report(versionId);
    expect(before.creditReport.lessons[0]).toMatchObject({
      words: 540,
      estimateMinutes: 3,
      source: 'WORD_COUNT',
      maxSeatTimeMinutes: 3,
    });
    expect(before.creditReport.problems).toContainEqual({
      code: 'SEAT_TIME_ABOVE_ESTIMATE',
      field: `lessons.${lessonId}.seatTimeMinutes`,
      overridden: false,
    });

    // A pilot needs three independent testers.
    const tooFew = await author.error(RECORD_PILOT, {
      input: {
        lessonId,
        testers: 2,
        medianMinutes: 8,
        note: 'Two colleagues timed it.',
        independentOfAuthors: true,
      },
    });
    expect(tooFew.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'testers' });
    await author.ok(RECORD_PILOT, {
      input: {
        lessonId,
        testers: 4,
        medianMinutes: 8,
        note: 'Four PTs from a partner clinic, untold of the length, timed on screen.',
        independentOfAuthors: true,
      },
    });
    const piloted = await report(versionId);
    expect(piloted.creditReport.lessons[0]).toMatchObject({
      estimateMinutes: 8,
      source: 'PILOT',
      maxSeatTimeMinutes: 9,
      pilot: { testers: 4, stale: false },
    });
    expect(piloted.creditReport.problems.map((p) => p.code)).not.toContain(
      'SEAT_TIME_ABOVE_ESTIMATE',
    );

    // The pilot timed that text: an edited lesson falls back to its word count.
    await author.ok(UPDATE_LESSON, { input: { lessonId, bodyMarkdown: `${THREE_MINUTES} more` } });
    const edited = await report(versionId);
    expect(edited.creditReport.lessons[0]).toMatchObject({
      source: 'WORD_COUNT',
      pilot: { stale: true },
    });
  });

  it('publishes an honest course with no override, and counts its hours in each approval’s unit', async () => {
    const { versionId, moduleId } = await course(
      {
        creditMinutes: 50,
        learningObjectives: ['Define a trigger point', 'Screen for contraindications'],
        objectiveKeys: ['definition', 'screening'],
        disclosure: DISCLOSURE,
        contentReviewedOn: '2026-01-15',
        creditEndsOn: '2028-12-31',
        scopeStatement: 'Didactic coursework only.',
      },
      // 42 minutes of reading (14 × 540 words), required as 42.
      { bodyMarkdown: Array(14).fill(THREE_MINUTES).join('\n\n'), seatTimeMinutes: 42 },
    );
    const { createQuestionBank } = await author.ok<{ createQuestionBank: { id: string } }>(
      CREATE_BANK,
      { input: { versionId, title: 'Bank' } },
    );
    // Four questions per objective, options alike in length, the key's position varied.
    for (let n = 0; n < 8; n += 1) {
      await author.ok(ADD_QUESTION, {
        input: {
          bankId: createQuestionBank.id,
          type: 'SINGLE_CHOICE',
          stemMarkdown: `Case ${n}: which finding matters here${'?'.repeat(1 + (n % 2))}`,
          explanationMarkdown: 'Because.',
          reference: 'Source A.',
          objectiveTag: n < 4 ? 'definition' : 'screening',
          options: [0, 1, 2, 3].map((i) => ({ text: `Finding ${i}`, isCorrect: i === n % 4 })),
        },
      });
    }
    await author.ok(CREATE_QUIZ, {
      input: {
        versionId,
        moduleId,
        bankId: createQuestionBank.id,
        title: 'Module quiz',
        passingScorePercent: 80,
        questionCount: 4,
        maxAttempts: 2,
      },
    });
    const { courseVersion } = await author.ok<{ courseVersion: { course: { id: string } } }>(
      `query V($id: ID!) { courseVersion(id: $id) { course { id } } }`,
      { id: versionId },
    );
    await admin.ok(RECORD_APPROVAL, {
      input: {
        courseId: courseVersion.course.id,
        body: 'Sample PT board',
        approvalNumber: 'SAMPLE-GATE-1',
        validFrom: '2026-01-01',
        isSample: true,
        minutesPerHour: 50,
        increment: 0.25,
      },
    });

    const ready = await report(versionId);
    // 14 × 540 words = 42 minutes, and 4 questions × 1.85 = 7.4: 49 whole minutes.
    expect(ready.creditReport).toMatchObject({ supportedMinutes: 49, readingWordsPerMinute: 180 });
    expect(ready.creditReport.problems).toEqual([
      { code: 'CLAIM_EXCEEDS_SUPPORTED', field: 'creditMinutes', overridden: false },
    ]);
    await author.ok(
      `mutation U($input: UpdateCourseVersionInput!) { updateCourseVersion(input: $input) { id } }`,
      {
        input: { versionId, creditMinutes: 49 },
      },
    );
    const honest = await report(versionId);
    expect(honest.creditReport.problems).toEqual([]);
    expect(honest.creditReport.claimedHours.map((line) => line.text)).toEqual([
      '0.75 contact hours of 50 minutes',
      '0.75 contact hours of 60 minutes',
    ]);

    await author.ok(SUBMIT, { versionId });
    await admin.ok(PUBLISH, { versionId });
    expect((await report(versionId)).status).toBe('PUBLISHED');
  });
});
