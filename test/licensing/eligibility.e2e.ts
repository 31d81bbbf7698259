import { DataSource } from 'typeorm';
import { CredentialKind } from '@fascicle/catalog';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import { createHybridProgram, issueProgramCredential } from '../support/credentials.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ELIGIBILITY = /* GraphQL */ `
  query Eligibility($state: String!, $userId: ID, $onDate: String) {
    dryNeedlingEligibility(state: $state, userId: $userId, onDate: $onDate) {
      state
      stateName
      onDate
      verdict
      requirements {
        kind
        met
        found
        evidence {
          kind
          id
          label
          date
          minutes
        }
      }
      missing {
        kind
      }
      steps
      unconfirmed
      rulesCheckedOn
      ruleEffective
      sources {
        citation
        url
      }
      reminder
    }
  }
`;
const MINE = /* GraphQL */ `
  query Mine {
    myDryNeedlingEligibility {
      state
      verdict
    }
  }
`;
const SAVE_LICENSE = /* GraphQL */ `
  mutation Save($input: SaveLicenseInput!) {
    saveLicense(input: $input) {
      id
    }
  }
`;
const CREATE_ORG = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      state
    }
  }
`;
const SET_STATE = /* GraphQL */ `
  mutation SetState($input: SetOrganizationStateInput!) {
    setOrganizationState(input: $input) {
      state
    }
  }
`;
const REPORT = /* GraphQL */ `
  query Report($id: ID!, $first: Int!, $eligibleHere: Boolean) {
    organization(id: $id) {
      complianceReport(first: $first, eligibleHere: $eligibleHere) {
        state
        eligibilityReminder
        members {
          edges {
            node {
              userId
              eligibility {
                state
                verdict
                missing
                checkedOn
              }
            }
          }
        }
      }
    }
  }
`;
const HISTORY = /* GraphQL */ `
  query History($state: String!) {
    dryNeedlingRuleHistory(state: $state) {
      id
      effective
      status
      current
      recordedByAdmin
      reason
    }
  }
`;
const RECORD_RULE = /* GraphQL */ `
  mutation Record($input: RecordDryNeedlingRuleInput!) {
    recordDryNeedlingRule(input: $input) {
      id
      state
      effective
      status
      current
      recordedByAdmin
    }
  }
`;

interface Answer {
  state: string;
  stateName: string;
  verdict: string;
  requirements: {
    kind: string;
    met: boolean;
    found: string;
    evidence: { kind: string; id: string; label: string; minutes: number | null }[];
  }[];
  missing: { kind: string }[];
  rulesCheckedOn: string | null;
  sources: { citation: string; url: string }[];
  reminder: string;
  unconfirmed: string[];
}
interface ReportRow {
  userId: string;
  eligibility: { state: string; verdict: string; missing: string[]; checkedOn: string } | null;
}
interface Report {
  organization: {
    complianceReport: {
      state: string | null;
      eligibilityReminder: string;
      members: { edges: { node: ReportRow }[] };
    };
  };
}

/** Florida's rule: 2 years licensed, 50 face-to-face hours, 25 supervised sessions. */
describe('dry needling eligibility', () => {
  let test: TestApp;
  let db: DataSource;
  let programId: string;
  let supervisor: Session;
  let admin: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    const author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    const course = await draftCourse(author, { modules: 1, lessons: 1 });
    await publish(author, admin, course.versionId);
    programId = await createHybridProgram(admin, [course.courseId]);
    supervisor = await registerLearner(test);
  }, 120_000);
  afterAll(() => test.close());

  /** A hybrid credential of 50 live hours and 12 online ones, issued through the real issuer. */
  const issueHybrid = (userId: string) =>
    issueProgramCredential(test, userId, programId, CredentialKind.HYBRID);

  /** Supervised sessions the supervisor confirmed, one a day up to yesterday. */
  const confirmedSessions = (learnerId: string, count: number) =>
    db.query(
      `INSERT INTO supervised_sessions (learner_id, program_id, session_date, body_regions, muscles,
         needle_count, supervisor_id, status, recorded_at, decided_at)
       SELECT $1, $2, $3::date - n, '{LUMBAR}', '{Multifidus}', 2, $4, 'CONFIRMED', now(), now()
         FROM generate_series(1, $5::int) n`,
      [learnerId, programId, today(), supervisor.userId, count],
    );

  const today = () => test.clock.now().toISOString().slice(0, 10);

  /** A PT licensed in Florida since three years ago. */
  async function floridaPT(): Promise<{ session: Session; client: GraphQLClient }> {
    const session = await registerLearner(test, {
      licenseState: 'FL',
      licenseNumber: 'PT0001665',
    });
    const client = test.client.as(session.accessToken);
    const [license] = (await db.query(`SELECT id FROM licenses WHERE user_id = $1`, [
      session.userId,
    ])) as [{ id: string }];
    const issued = new Date(test.clock.now().getTime() - 3 * 366 * 86_400_000);
    await db.query(`UPDATE licenses SET issued_on = $2 WHERE id = $1`, [
      license.id,
      issued.toISOString().slice(0, 10),
    ]);
    return { session, client };
  }

  const ask = async (client: GraphQLClient, variables: Record<string, unknown>) =>
    (await client.ok<{ dryNeedlingEligibility: Answer }>(ELIGIBILITY, variables))
      .dryNeedlingEligibility;

  it('answers with the evidence that counted, and what is missing', async () => {
    const { session, client } = await floridaPT();
    const before = await ask(client, { state: 'FL' });
    expect(before).toMatchObject({
      state: 'FL',
      stateName: 'Florida',
      verdict: 'MISSING_REQUIREMENTS',
    });
    expect(before.missing.map((check) => check.kind).sort()).toEqual([
      'IN_PERSON_HOURS',
      'SUPERVISED_SESSIONS',
      'TRAINING',
      'TRAINING_HOURS',
    ]);
    expect(before.reminder).toMatch(/board decides/);
    expect(before.rulesCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(before.sources.length).toBeGreaterThan(0);

    const certificate = await issueHybrid(session.userId);
    await confirmedSessions(session.userId, 24);
    const short = await ask(client, { state: 'FL' });
    expect(short.missing.map((check) => check.kind)).toEqual(['SUPERVISED_SESSIONS']);
    const hours = short.requirements.find((check) => check.kind === 'IN_PERSON_HOURS')!;
    expect(hours).toMatchObject({ met: true, found: '50 h in person' });
    expect(hours.evidence).toEqual([
      expect.objectContaining({ kind: 'CERTIFICATE', id: certificate.id, minutes: 3000 }),
    ]);
    // Florida counts no online hours: the 12 online hours are not in the total.
    expect(short.requirements.find((check) => check.kind === 'TRAINING_HOURS')!.found).toBe(
      '50 h counted',
    );

    await confirmedSessions(session.userId, 1);
    const eligible = await ask(client, { state: 'FL' });
    expect(eligible.verdict).toBe('ELIGIBLE');
    const sessions = eligible.requirements.find((check) => check.kind === 'SUPERVISED_SESSIONS')!;
    expect(sessions.evidence).toHaveLength(25);

    // A date before the credential was issued: it does not count then.
    const yesterday = new Date(test.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    expect((await ask(client, { state: 'FL', onDate: yesterday })).verdict).toBe(
      'MISSING_REQUIREMENTS',
    );
  });

  it('answers for each license, a second state differently', async () => {
    const { session, client } = await floridaPT();
    await issueHybrid(session.userId);
    await client.ok(SAVE_LICENSE, {
      input: { state: 'CA', profession: 'PHYSICAL_THERAPIST', number: '12345', primary: false },
    });
    const { myDryNeedlingEligibility } = await client.ok<{
      myDryNeedlingEligibility: { state: string; verdict: string }[];
    }>(MINE);
    expect(myDryNeedlingEligibility).toEqual([
      { state: 'CA', verdict: 'NOT_PERMITTED' },
      { state: 'FL', verdict: 'MISSING_REQUIREMENTS' },
    ]);
  });

  it('refuses a malformed state or date, naming the field', async () => {
    const { client } = await floridaPT();
    for (const [variables, field] of [
      [{ state: 'Florida' }, 'state'],
      [{ state: 'FL', onDate: '2026-02-30' }, 'onDate'],
      [{ state: 'FL', userId: 'not-an-id' }, 'userId'],
    ] as const) {
      const errors = await client.error(ELIGIBILITY, variables);
      expect(errors).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    }
  });

  describe('clinics', () => {
    it('a clinic admin asks about their staff, not about another clinic’s', async () => {
      const { session: staff } = await floridaPT();
      const { session: stranger } = await floridaPT();
      const clinicAdmin = await registerLearner(test);
      const adminClient = test.client.as(clinicAdmin.accessToken);
      const { createOrganization } = await adminClient.ok<{
        createOrganization: { id: string; state: string };
      }>(CREATE_ORG, { input: { name: 'Gulf Coast PT', state: 'FL' } });
      expect(createOrganization.state).toBe('FL');
      await db.query(
        `INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
         VALUES ($1, $2, 'STAFF', 'ACTIVE', now())`,
        [createOrganization.id, staff.userId],
      );
      expect((await ask(adminClient, { state: 'FL', userId: staff.userId })).verdict).toBe(
        'MISSING_REQUIREMENTS',
      );
      const errors = await adminClient.error(ELIGIBILITY, { state: 'FL', userId: stranger.userId });
      expect(errors).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'userId' } });
      // Once the member leaves, the admin can no longer ask.
      await db.query(
        `UPDATE memberships SET status = 'LEFT', ended_at = now() WHERE user_id = $1`,
        [staff.userId],
      );
      const after = await adminClient.error(ELIGIBILITY, { state: 'FL', userId: staff.userId });
      expect(after.extensions!['code']).toBe('FORBIDDEN');
      // A platform admin may ask about anyone.
      expect((await ask(admin, { state: 'FL', userId: stranger.userId })).state).toBe('FL');
      const nobody = await admin.error(ELIGIBILITY, {
        state: 'FL',
        userId: '00000000-0000-4000-8000-000000000000',
      });
      expect(nobody.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    });

    it('shows a column for the clinic’s state and filters by "eligible to needle here"', async () => {
      const clinicAdmin = await registerLearner(test);
      const adminClient = test.client.as(clinicAdmin.accessToken);
      const { createOrganization: clinic } = await adminClient.ok<{
        createOrganization: { id: string };
      }>(CREATE_ORG, { input: { name: 'Tampa Bay PT' } });
      const ready = await floridaPT();
      const notYet = await floridaPT();
      await issueHybrid(ready.session.userId);
      await confirmedSessions(ready.session.userId, 25);
      for (const person of [ready, notYet]) {
        await db.query(
          `INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
           VALUES ($1, $2, 'STAFF', 'ACTIVE', now())`,
          [clinic.id, person.session.userId],
        );
      }
      const report = async (eligibleHere?: boolean) =>
        (await adminClient.ok<Report>(REPORT, { id: clinic.id, first: 20, eligibleHere }))
          .organization.complianceReport;

      const noState = await report();
      expect(noState.state).toBeNull();
      expect(noState.members.edges.every(({ node }) => node.eligibility === null)).toBe(true);

      const stateErrors = await adminClient.error(SET_STATE, {
        input: { organizationId: clinic.id, state: 'Florida' },
      });
      expect(stateErrors).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'state' } });
      await adminClient.ok(SET_STATE, { input: { organizationId: clinic.id, state: 'FL' } });
      const all = await report();
      expect(all.eligibilityReminder).toMatch(/board decides/);
      const byUser = new Map(all.members.edges.map(({ node }) => [node.userId, node.eligibility]));
      expect(byUser.get(ready.session.userId)).toMatchObject({
        state: 'FL',
        verdict: 'ELIGIBLE',
        missing: [],
      });
      expect(byUser.get(notYet.session.userId)?.missing).toContain(
        '25 supervised dry needling sessions, confirmed by the supervisor',
      );
      const eligible = await report(true);
      expect(eligible.members.edges.map(({ node }) => node.userId)).toEqual([ready.session.userId]);
      const others = await report(false);
      expect(others.members.edges.map(({ node }) => node.userId)).not.toContain(
        ready.session.userId,
      );

      const csv = await fetch(`${test.url}/organizations/${clinic.id}/compliance.csv`, {
        headers: { authorization: `Bearer ${clinicAdmin.accessToken}` },
      });
      const text = await csv.text();
      expect(text.split('\n')[0]).toContain('Dry needling in FL');
      expect(text).toContain('ELIGIBLE');
    });

    it('costs as many queries for 2,000 staff as for 20', async () => {
      const clinicAdmin = await registerLearner(test);
      const adminClient = test.client.as(clinicAdmin.accessToken);
      const { createOrganization: clinic } = await adminClient.ok<{
        createOrganization: { id: string };
      }>(CREATE_ORG, { input: { name: 'Big Florida PT', state: 'FL' } });
      // Staff with a Florida license each, a hybrid credential for some, sessions for some.
      const addStaff = async (from: number, to: number) => {
        const ids = (await db.query(
          `WITH people AS (
             INSERT INTO users (email, password_hash, display_name, profession, roles)
             SELECT 'fl-staff-' || n || '@example.com', 'x', 'Staff ' || lpad(n::text, 4, '0'),
                    'PHYSICAL_THERAPIST', '{LEARNER}'
               FROM generate_series($2::int, $3::int) n RETURNING id),
           licensed AS (
             INSERT INTO licenses (user_id, state, profession, number, issued_on, is_primary)
             SELECT id, 'FL', 'PHYSICAL_THERAPIST', 'PT' || (100000 + row_number() OVER ()),
                    DATE '2020-01-01', true FROM people RETURNING user_id)
           INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
           SELECT $1, user_id, 'STAFF', 'ACTIVE', now() FROM licensed RETURNING user_id`,
          [clinic.id, from, to],
        )) as { user_id: string }[];
        for (const { user_id } of ids.filter((_, i) => i % 100 === 0)) {
          await issueHybrid(user_id);
          await confirmedSessions(user_id, 3);
        }
      };
      const measure = () =>
        countQueries(db, () => adminClient.ok<Report>(REPORT, { id: clinic.id, first: 20 }));
      await addStaff(1, 19);
      await measure(); // the first run may plan or load what later runs reuse
      const small = await measure();
      await addStaff(20, 1999);
      const large = await measure();
      expect(large.queries.length).toBe(small.queries.length);
      const rows = large.result.organization.complianceReport.members.edges;
      expect(rows).toHaveLength(20);
      expect(rows.every(({ node }) => node.eligibility?.state === 'FL')).toBe(true);
    }, 120_000);
  });

  describe('rule versions', () => {
    const kentucky = (overrides: Record<string, unknown> = {}) => ({
      state: 'KY',
      effective: '2030-01-01',
      status: 'PERMITTED',
      summary: 'A later version for the test: training and 10 years of licensure.',
      trainingRequired: true,
      yearsLicensed: 10,
      requirementsConfirmed: false,
      sources: [
        {
          citation: 'Kentucky Board of Physical Therapy, test notice',
          kind: 'BOARD',
          url: 'https://pt.ky.gov/notice',
          effective: '2030-01-01',
          checkedOn: '2026-12-01',
        },
      ],
      unconfirmed: [],
      reason: 'Recorded by the test suite to check dated versions.',
      ...overrides,
    });

    it('an admin records a version; answers before its date do not change', async () => {
      const { session, client } = await floridaPT();
      await client.ok(SAVE_LICENSE, {
        input: { state: 'KY', profession: 'PHYSICAL_THERAPIST', number: 'KY-1', primary: false },
      });
      await issueHybrid(session.userId);
      const { recordDryNeedlingRule } = await admin.ok<{
        recordDryNeedlingRule: { id: string; current: boolean; recordedByAdmin: boolean };
      }>(RECORD_RULE, { input: kentucky() });
      expect(recordDryNeedlingRule).toMatchObject({ current: false, recordedByAdmin: true });

      const now = await ask(client, { state: 'KY' });
      expect(now.verdict).toBe('CHECK_WITH_BOARD');
      const later = await ask(client, { state: 'KY', onDate: '2030-01-01' });
      expect(later.missing.map((check) => check.kind)).toEqual(['YEARS_LICENSED']);

      const { dryNeedlingRuleHistory } = await client.ok<{
        dryNeedlingRuleHistory: { id: string; current: boolean; reason: string | null }[];
      }>(HISTORY, { state: 'KY' });
      expect(dryNeedlingRuleHistory.at(-1)).toMatchObject({
        id: recordDryNeedlingRule.id,
        current: false,
        reason: 'Recorded by the test suite to check dated versions.',
      });
      expect(dryNeedlingRuleHistory.filter((version) => version.current)).toHaveLength(1);

      const [audit] = (await db.query(`SELECT action FROM audit_events WHERE subject_id = $1`, [
        recordDryNeedlingRule.id,
      ])) as [{ action: string }];
      expect(audit.action).toBe('DRY_NEEDLING_RULE_RECORDED');
    });

    it('refuses a vendor page as the source, and learners, changing nothing', async () => {
      const count = async () =>
        (
          (await db.query(`SELECT count(*)::int AS n FROM dry_needling_rules`)) as [{ n: number }]
        )[0].n;
      const before = await count();
      const vendor = kentucky({
        sources: [
          {
            citation: 'A course seller’s summary',
            kind: 'BOARD',
            url: 'https://www.myopainseminars.com/resources/us-rulings/kentucky/',
            checkedOn: '2026-12-01',
          },
        ],
      });
      const errors = await admin.error(RECORD_RULE, { input: vendor });
      expect(errors).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'sources' } });
      expect(errors.message).toMatch(/vendor or secondary page/);
      const { client } = await floridaPT();
      const forbidden = await client.error(RECORD_RULE, { input: kentucky() });
      expect(forbidden.extensions!['code']).toBe('FORBIDDEN');
      expect(await count()).toBe(before);
    });

    it('keeps versions immutable in the database', async () => {
      await expect(db.query(`UPDATE dry_needling_rules SET state_name = 'x'`)).rejects.toThrow(
        /never changed/,
      );
      await expect(db.query(`DELETE FROM dry_needling_rules`)).rejects.toThrow(/never changed/);
      // Erasing the admin who recorded a version forgets who did, and nothing else.
      const [recorded] = (await db.query(
        `SELECT id FROM dry_needling_rules WHERE recorded_by IS NOT NULL LIMIT 1`,
      )) as [{ id: string }];
      await db.query(`UPDATE dry_needling_rules SET recorded_by = NULL WHERE id = $1`, [
        recorded.id,
      ]);
    });
  });
});
