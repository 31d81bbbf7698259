import { EventEmitter2 } from '@nestjs/event-emitter';
import { DRY_NEEDLING_PRACTICAL_CHECKLIST } from '@fascicle/hybrid';
import { strFromU8, unzipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { PracticalExamRecorded } from '../../apps/api/src/practical-exams/events.js';
import { PracticalExamsReader } from '../../apps/api/src/practical-exams/practical-exams-reader.js';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
    }
  }
`;
const CREATE_CHECKLIST = /* GraphQL */ `
  mutation Checklist($input: CreatePracticalChecklistInput!) {
    createPracticalChecklist(input: $input) {
      id
      version
      nonCriticalPassPercent
      items {
        key
        critical
      }
    }
  }
`;
const CHECKLISTS = /* GraphQL */ `
  query Checklists($programId: ID!) {
    practicalChecklists(programId: $programId) {
      id
      version
    }
  }
`;
const EXAM_FIELDS = /* GraphQL */ `
  id
  candidateId
  candidateName
  examinerName
  examinedOn
  passed
  reasons
  criticalFailed { key label }
  results { key critical passed notes }
  replacesId
  replacedById
  correctionReason
  current
  signature
  signatureValid
`;
const RECORD = /* GraphQL */ `
  mutation Record($input: RecordPracticalExamInput!) {
    recordPracticalExam(input: $input) { ${EXAM_FIELDS} }
  }
`;
const CORRECT = /* GraphQL */ `
  mutation Correct($recordId: ID!, $input: PracticalExamSittingInput!, $reason: String!) {
    correctPracticalExam(recordId: $recordId, input: $input, reason: $reason) { ${EXAM_FIELDS} }
  }
`;
const ONE = /* GraphQL */ `
  query One($id: ID!) {
    practicalExam(id: $id) { ${EXAM_FIELDS} }
  }
`;
const MINE = /* GraphQL */ `
  query Mine {
    myPracticalExams(first: 10) {
      edges { node { ${EXAM_FIELDS} } }
      pageInfo { hasNextPage }
    }
  }
`;
const BY_CANDIDATE = /* GraphQL */ `
  query ByCandidate($candidateId: ID, $first: Int, $after: String) {
    practicalExams(candidateId: $candidateId, first: $first, after: $after) {
      edges {
        node {
          id
          current
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input)
  }
`;

interface ExamView {
  id: string;
  candidateName: string;
  examinerName: string;
  passed: boolean;
  reasons: string[];
  criticalFailed: { key: string }[];
  results: { key: string; passed: boolean; notes: string | null }[];
  replacesId: string | null;
  replacedById: string | null;
  correctionReason: string | null;
  current: boolean;
  signature: string;
  signatureValid: boolean;
}

const ITEMS = DRY_NEEDLING_PRACTICAL_CHECKLIST.map((item) => ({
  key: item.key,
  label: item.label,
  critical: item.critical,
  description: item.reason,
}));

/**
 * Practical examinations (issue 18, item 3): an instructor, never the candidate, marks every
 * item; the grading rule decides; the signed record never changes, even by SQL, and a
 * correction is a new record naming the one it replaces, once.
 */
describe('practical exams', () => {
  let test: TestApp;
  let db: DataSource;
  let programId: string;
  let checklistId: string;
  let authorClient: GraphQLClient;
  let examiner: Session;
  let examinerClient: GraphQLClient;
  let candidate: Session;
  let candidateClient: GraphQLClient;
  let outsiderClient: GraphQLClient;
  let today: string;

  const marks = (failed: string[] = [], notes: Record<string, string> = {}) =>
    ITEMS.map((item) => ({
      key: item.key,
      passed: !failed.includes(item.key),
      notes: notes[item.key] ?? null,
    }));
  const examInput = (overrides: Record<string, unknown> = {}) => ({
    checklistId,
    candidateId: candidate.userId,
    examinedOn: today,
    results: marks(),
    summary: 'Lab 3, station 2.',
    ...overrides,
  });
  const record = async (overrides: Record<string, unknown> = {}) =>
    (
      await examinerClient.ok<{ recordPracticalExam: ExamView }>(RECORD, {
        input: examInput(overrides),
      })
    ).recordPracticalExam;
  const storedRecords = async () =>
    Number(
      ((await db.query(`SELECT COUNT(*) AS n FROM practical_exam_records`)) as { n: string }[])[0]!
        .n,
    );

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    today = test.clock.now().toISOString().slice(0, 10);
    authorClient = test.client.as((await asInstructor(test)).accessToken);
    const platformAdmin = test.client.as((await asAdmin(test)).accessToken);
    const course = await draftCourse(authorClient, { modules: 1, lessons: 1 });
    await publish(authorClient, platformAdmin, course.versionId);
    const { createCredentialProgram } = await platformAdmin.ok<{
      createCredentialProgram: { id: string };
    }>(CREATE_PROGRAM, {
      input: {
        slug: 'dry-needling-practical',
        title: 'Dry Needling (hybrid)',
        description: 'Online courses, labs and a practical exam.',
        validityMonths: 24,
        courseIds: [course.courseId],
      },
    });
    programId = createCredentialProgram.id;
    examiner = await asInstructor(test);
    examinerClient = test.client.as(examiner.accessToken);
    candidate = await registerLearner(test, { displayName: 'Casey Candidate, DPT' });
    candidateClient = test.client.as(candidate.accessToken);
    outsiderClient = test.client.as((await registerLearner(test)).accessToken);
  }, 120_000);
  afterAll(() => test.close());

  it("lets an author of one of the program's courses write a checklist, checked item by item", async () => {
    const notAuthor = await examinerClient.error(CREATE_CHECKLIST, {
      input: { programId, title: 'Practical', items: ITEMS },
    });
    expect(notAuthor.extensions?.code).toBe('FORBIDDEN');
    const learner = await candidateClient.error(CREATE_CHECKLIST, {
      input: { programId, title: 'Practical', items: ITEMS },
    });
    expect(learner.extensions?.code).toBe('FORBIDDEN');

    const twice = await authorClient.error(CREATE_CHECKLIST, {
      input: { programId, title: 'Practical', items: [...ITEMS, { ...ITEMS[0]!, label: 'Again' }] },
    });
    expect(twice.extensions?.code).toBe('BAD_USER_INPUT');
    expect(twice.extensions?.field).toBe(`items.${ITEMS.length}.key`);
    const noCritical = await authorClient.error(CREATE_CHECKLIST, {
      input: { programId, title: 'Practical', items: ITEMS.filter((item) => !item.critical) },
    });
    expect(noCritical.extensions?.field).toBe('items');
    const percent = await authorClient.error(CREATE_CHECKLIST, {
      input: { programId, title: 'Practical', items: ITEMS, nonCriticalPassPercent: 101 },
    });
    expect(percent.extensions?.field).toBe('nonCriticalPassPercent');

    const { createPracticalChecklist } = await authorClient.ok<{
      createPracticalChecklist: { id: string; version: number; nonCriticalPassPercent: number };
    }>(CREATE_CHECKLIST, { input: { programId, title: 'Dry needling practical', items: ITEMS } });
    expect(createPracticalChecklist).toMatchObject({ version: 1, nonCriticalPassPercent: 80 });
    checklistId = createPracticalChecklist.id;
    // Learners may see what they will be examined on.
    const { practicalChecklists } = await candidateClient.ok<{
      practicalChecklists: { id: string; version: number }[];
    }>(CHECKLISTS, { programId });
    expect(practicalChecklists).toEqual([{ id: checklistId, version: 1 }]);
  });

  it('records a pass, and a fail when one critical item fails whatever the rest', async () => {
    const published: PracticalExamRecorded[] = [];
    const listen = (event: PracticalExamRecorded) => void published.push(event);
    test.app.get(EventEmitter2).on(PracticalExamRecorded.event, listen);
    const pass = await record({ results: marks(['positioning']) });
    test.app.get(EventEmitter2).off(PracticalExamRecorded.event, listen);
    expect(published.map((e) => [e.recordId, e.candidateId, e.programId])).toEqual([
      [pass.id, candidate.userId, programId],
    ]);
    expect(pass).toMatchObject({
      passed: true,
      reasons: [],
      criticalFailed: [],
      candidateName: 'Casey Candidate, DPT',
      current: true,
      signatureValid: true,
    });
    expect(pass.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(pass.examinerName).not.toBe('');

    // A second later, so that newest first is not decided by the ids.
    test.clock.advance(1000);
    const fail = await record({
      results: marks(['technique-near-lung'], {
        'technique-near-lung': 'Angled toward the pleura',
      }),
    });
    expect(fail.passed).toBe(false);
    expect(fail.criticalFailed.map((item) => item.key)).toEqual(['technique-near-lung']);
    expect(fail.results.find((r) => r.key === 'technique-near-lung')?.notes).toBe(
      'Angled toward the pleura',
    );
    expect(fail.reasons.join(' ')).toContain('Critical item failed');

    const mine = await candidateClient.ok<{ myPracticalExams: { edges: { node: ExamView }[] } }>(
      MINE,
    );
    expect(mine.myPracticalExams.edges.map((edge) => edge.node.id)).toEqual([fail.id, pass.id]);
  });

  it('refuses a candidate examining themselves, even an instructor, and a learner examining anyone', async () => {
    const before = await storedRecords();
    const self = await examinerClient.error(RECORD, {
      input: examInput({ candidateId: examiner.userId }),
    });
    expect(self.extensions?.code).toBe('FORBIDDEN');
    expect(self.extensions?.field).toBe('candidateId');

    const learner = await outsiderClient.error(RECORD, { input: examInput() });
    expect(learner.extensions?.code).toBe('FORBIDDEN');
    expect(await storedRecords()).toBe(before);
  });

  it('refuses a missing or unknown item, a future date and notes with a phone number, naming them', async () => {
    const before = await storedRecords();
    const missing = await examinerClient.error(RECORD, {
      input: examInput({ results: marks().filter((mark) => mark.key !== 'consent') }),
    });
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.extensions?.field).toBe('results');
    expect(missing.message).toContain('"consent"');

    const unknown = await examinerClient.error(RECORD, {
      input: examInput({ results: [...marks(), { key: 'juggling', passed: true }] }),
    });
    expect(unknown.extensions?.field).toBe('results');
    expect(unknown.message).toContain('"juggling"');

    const nowhere = await examinerClient.error(RECORD, {
      input: examInput({ sessionId: '5f0c8a2e-1b3d-4e6f-9a7b-8c9d0e1f2a3b' }),
    });
    expect(nowhere.extensions?.code).toBe('BAD_USER_INPUT');
    expect(nowhere.extensions?.field).toBe('sessionId');

    const future = await examinerClient.error(RECORD, {
      input: examInput({ examinedOn: '2999-01-01' }),
    });
    expect(future.extensions?.field).toBe('examinedOn');

    const phone = await examinerClient.error(RECORD, {
      input: examInput({ results: marks([], { consent: 'Model reachable on (303) 555-0147' }) }),
    });
    expect(phone.extensions?.code).toBe('BAD_USER_INPUT');
    expect(phone.extensions?.field).toBe('results.1.notes');
    expect(phone.message).not.toContain('0147');
    expect(await storedRecords()).toBe(before);
  });

  it('corrects a record with a new one naming it, once; the old one is no longer current', async () => {
    const original = await record({ results: marks(['consent']) });
    const { correctPracticalExam: correction } = await authorClient.ok<{
      correctPracticalExam: ExamView;
    }>(CORRECT, {
      recordId: original.id,
      input: { examinedOn: today, results: marks() },
      reason: 'Consent was recorded on the second form; marked failed by mistake',
    });
    expect(correction).toMatchObject({
      passed: true,
      replacesId: original.id,
      correctionReason: 'Consent was recorded on the second form; marked failed by mistake',
      current: true,
      signatureValid: true,
    });
    const { practicalExam: old } = await candidateClient.ok<{ practicalExam: ExamView }>(ONE, {
      id: original.id,
    });
    expect(old).toMatchObject({ replacedById: correction.id, current: false, passed: false });

    const again = await examinerClient.error(CORRECT, {
      recordId: original.id,
      input: { examinedOn: today, results: marks() },
      reason: 'Second thoughts',
    });
    expect(again.extensions?.code).toBe('CONFLICT');
    const noReason = await examinerClient.error(CORRECT, {
      recordId: correction.id,
      input: { examinedOn: today, results: marks() },
      reason: '  ',
    });
    expect(noReason.extensions?.field).toBe('reason');

    const current = await test.app
      .get(PracticalExamsReader)
      .currentResults(db.manager, candidate.userId, [programId]);
    const ids = current.map((result) => result.recordId);
    expect(ids).toContain(correction.id);
    expect(ids).not.toContain(original.id);
    expect(current.find((result) => result.recordId === correction.id)).toMatchObject({
      programId,
      checklistId,
      passed: true,
      examinedOn: today,
    });
  });

  it('shows records to the candidate and staff only, a page at a time', async () => {
    const [first] = (
      await examinerClient.ok<{ practicalExams: { edges: { node: { id: string } }[] } }>(
        BY_CANDIDATE,
        { candidateId: candidate.userId, first: 1 },
      )
    ).practicalExams.edges;
    const stranger = await outsiderClient.error(ONE, { id: first!.node.id });
    expect(stranger.extensions?.code).toBe('NOT_FOUND');
    const list = await outsiderClient.error(BY_CANDIDATE, { candidateId: candidate.userId });
    expect(list.extensions?.code).toBe('FORBIDDEN');

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const {
        practicalExams: page,
      }: {
        practicalExams: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await examinerClient.ok(BY_CANDIDATE, { candidateId: candidate.userId, first: 2, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(await storedRecords());
  });

  it('refuses an UPDATE or DELETE of a record in the database itself', async () => {
    const [{ id }] = (await db.query(`SELECT id FROM practical_exam_records LIMIT 1`)) as {
      id: string;
    }[];
    await expect(
      db.query(`UPDATE practical_exam_records SET passed = NOT passed WHERE id = $1`, [id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      db.query(`DELETE FROM practical_exam_records WHERE id = $1`, [id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      db.query(`UPDATE practical_checklists SET title = 'Changed' WHERE id = $1`, [checklistId]),
    ).rejects.toThrow(/immutable/);
  });

  it("keeps a deleted candidate's records for the board, and the deletion goes through", async () => {
    const response = await fetch(`${test.url}/me/data.zip`, {
      headers: { authorization: `Bearer ${candidate.accessToken}` },
    });
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const data = JSON.parse(strFromU8(files['fascicle-data.json']!)) as {
      practicalExams: { passed: boolean; signature: string }[];
    };
    expect(data.practicalExams.length).toBeGreaterThanOrEqual(4);

    const before = await storedRecords();
    await candidateClient.ok(DELETE, { input: { password: candidate.password } });
    expect(await storedRecords()).toBe(before);
    const [{ n }] = (await db.query(
      `SELECT COUNT(*)::int AS n FROM practical_exam_records WHERE candidate_id = $1`,
      [candidate.userId],
    )) as { n: number }[];
    expect(n).toBeGreaterThan(0);
  });
});
