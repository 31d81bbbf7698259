import { DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import {
  COMPLIANCE_SEVERITY,
  ComplianceStatus,
  COUNTED_COMPLIANCE_STATUSES,
} from '@fascicle/learning';
import { ComplianceQuery } from '../../apps/api/src/organizations/compliance-query.js';
import {
  complianceTotals,
  type ComplianceRow,
} from '../../apps/api/src/organizations/compliance-rows.js';
import { NO_EXPIRY_KEY } from '../../apps/api/src/organizations/compliance-sql.js';
import { ComplianceService } from '../../apps/api/src/organizations/compliance.service.js';
import { ComplianceSort } from '../../apps/api/src/organizations/models/compliance.model.js';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import { CREATE_ORG, createHybridProgram, REQUIRE } from '../support/credentials.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ComplianceFixtures,
  COURSE_SITUATIONS,
  NAMES,
  SITUATIONS,
  type MemberSpec,
} from './compliance-fixtures.js';

const PAGE = /* GraphQL */ `
  query Page(
    $id: ID!
    $first: Int!
    $after: String
    $status: ComplianceStatus
    $sort: ComplianceSort
    $eligibleHere: Boolean
  ) {
    organization(id: $id) {
      complianceReport(
        first: $first
        after: $after
        status: $status
        sort: $sort
        eligibleHere: $eligibleHere
      ) {
        totals {
          status
          count
        }
        members {
          edges {
            cursor
            node {
              membershipId
              userId
              displayName
              role
              worstStatus
              nextExpiry
              handsOnCertified
              credentials {
                requirementId
                status
                certificateCode
                expiresOn
                revokedOn
                credentialKind
              }
              eligibility {
                verdict
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

interface Page {
  organization: {
    complianceReport: {
      totals: { status: string; count: number }[];
      members: {
        edges: { cursor: string; node: Record<string, unknown> & { membershipId: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
}

/**
 * The report's order as the API defined it before the database sorted it: each sort's key
 * compared with `localeCompare`, then the membership id. `sortKeySql` must agree.
 */
const COMPLIANCE_SORT_KEY: Record<ComplianceSort, (row: ComplianceRow) => string> = {
  NAME: (row) => row.displayName.toLowerCase(),
  NEXT_EXPIRY: (row) => row.nextExpiry ?? NO_EXPIRY_KEY,
  // Worst first: invert the severity so ascending order puts MISSING on top.
  WORST_STATUS: (row) =>
    `${9 - COMPLIANCE_SEVERITY[row.worstStatus]}:${row.displayName.toLowerCase()}`,
};

/** The report's order as the API defined it before the database sorted it. */
function reference(
  rows: readonly ComplianceRow[],
  sort: ComplianceSort,
  status: ComplianceStatus | null,
  eligibleHere: boolean | null,
): ComplianceRow[] {
  const key = COMPLIANCE_SORT_KEY[sort];
  const meets = (row: ComplianceRow) =>
    row.eligibility?.verdict === 'ELIGIBLE' || row.eligibility?.verdict === 'CHECK_WITH_BOARD';
  return rows
    .filter((row) => !status || row.credentials.some((cell) => cell.status === status))
    .filter((row) => eligibleHere === null || meets(row) === eligibleHere)
    .sort((a, b) => key(a).localeCompare(key(b)) || a.membershipId.localeCompare(b.membershipId));
}

/** What a page shows of a row, as GraphQL answers it. */
const shown = (row: ComplianceRow) => ({
  membershipId: row.membershipId,
  userId: row.userId,
  displayName: row.displayName,
  role: row.role,
  worstStatus: row.worstStatus,
  nextExpiry: row.nextExpiry,
  handsOnCertified: row.handsOnCertified,
  credentials: row.credentials.map((cell) => ({
    requirementId: cell.requirementId,
    status: cell.status,
    certificateCode: cell.certificateCode,
    expiresOn: cell.expiresOn,
    revokedOn: cell.revokedOn,
    credentialKind: cell.credentialKind,
  })),
  eligibility: row.eligibility ? { verdict: row.eligibility.verdict } : null,
});

const SORTS = Object.values(ComplianceSort);
const STATUSES: (ComplianceStatus | null)[] = [null, ...Object.values(ComplianceStatus)];
const ELIGIBLE_HERE: (boolean | null)[] = [null, true, false];

describe('the compliance report sorted, filtered and paged by the database', () => {
  let test: TestApp;
  let db: DataSource;
  let fixtures: ComplianceFixtures;
  let clinicAdmin: Session;
  let adminClient: GraphQLClient;
  let clinicId: string;

  /** Every row of the clinic's report, built by the TS rules (what the CSV exports). */
  const allRows = async () =>
    (
      await test.app
        .get(ComplianceService)
        .report(clinicId, { userId: clinicAdmin.userId, roles: [Role.LEARNER] })
    ).rows;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    const author = test.client.as((await asInstructor(test)).accessToken);
    const platformAdmin = test.client.as((await asAdmin(test)).accessToken);
    const programCourse = await draftCourse(author, { modules: 1, lessons: 1 });
    await publish(author, platformAdmin, programCourse.versionId);
    const course = await draftCourse(author, { modules: 1, lessons: 1 });
    await publish(author, platformAdmin, course.versionId);
    const programId = await createHybridProgram(platformAdmin, [programCourse.courseId]);
    const supervisor = await registerLearner(test);
    fixtures = new ComplianceFixtures(test, {
      programId,
      course,
      supervisorId: supervisor.userId,
    });
    clinicAdmin = await registerLearner(test, { displayName: 'Casey Clinic-Admin' });
    adminClient = test.client.as(clinicAdmin.accessToken);
    clinicId = (
      await adminClient.ok<{ createOrganization: { id: string } }>(CREATE_ORG, {
        input: { name: 'Sorted Physical Therapy', state: 'FL' },
      })
    ).createOrganization.id;
    await adminClient.ok(REQUIRE, {
      input: { organizationId: clinicId, label: 'Dry Needling - Hybrid', programId },
    });
    await adminClient.ok(REQUIRE, {
      input: { organizationId: clinicId, label: 'Safety course', courseId: course.courseId },
    });
    // Every situation with every name, some not required, some admins, some ready in Florida.
    const members: MemberSpec[] = [];
    for (let i = 0; i < 3 * SITUATIONS.length; i += 1) {
      members.push({
        name: NAMES[i % NAMES.length]!,
        role: i % 11 === 5 ? 'ORG_ADMIN' : 'STAFF',
        requiredToHold: i % 7 !== 3,
        held: [
          ...SITUATIONS[i % SITUATIONS.length]!,
          ...COURSE_SITUATIONS[(i * 5) % COURSE_SITUATIONS.length]!,
        ],
        floridaReady: i % 3 === 0,
      });
    }
    await fixtures.addMembers(clinicId, members);
  }, 180_000);
  afterAll(() => test.close());

  it('computes in SQL the statuses, totals and sort keys the TS rules give, member by member', async () => {
    const rows = await allRows();
    const query = test.app.get(ComplianceQuery);
    const today = fixtures.today();
    const statuses = new Set(rows.flatMap((row) => row.credentials.map((cell) => cell.status)));
    // The data covers every status, and ties on every key.
    expect([...statuses].sort()).toEqual(Object.values(ComplianceStatus).sort());
    for (const sort of SORTS) {
      const page = await query.page({
        organizationId: clinicId,
        today,
        sort,
        status: null,
        eligible: null,
        after: null,
        limit: 10_000,
      });
      const keys = new Map(page.map((member) => [member.id, member.key]));
      expect(keys.size).toBe(rows.length);
      for (const row of rows) {
        expect([row.displayName, sort, keys.get(row.membershipId)]).toEqual([
          row.displayName,
          sort,
          COMPLIANCE_SORT_KEY[sort](row),
        ]);
      }
    }
    for (const status of Object.values(ComplianceStatus)) {
      const page = await query.page({
        organizationId: clinicId,
        today,
        sort: ComplianceSort.NAME,
        status,
        eligible: null,
        after: null,
        limit: 10_000,
      });
      expect([status, page.map((member) => member.id).sort()]).toEqual([
        status,
        rows
          .filter((row) => row.credentials.some((cell) => cell.status === status))
          .map((row) => row.membershipId)
          .sort(),
      ]);
    }
    expect(await query.totals(clinicId, today)).toEqual(
      complianceTotals(rows, COUNTED_COMPLIANCE_STATUSES),
    );
  });

  it('pages every sort and filter: each member once, in the order the TS rules give', async () => {
    const rows = await allRows();
    const totals = complianceTotals(rows, COUNTED_COMPLIANCE_STATUSES);
    // Not a trivial filter: some members meet Florida's rule on record, some do not.
    expect(reference(rows, ComplianceSort.NAME, null, true).length).toBeGreaterThan(0);
    expect(reference(rows, ComplianceSort.NAME, null, false).length).toBeGreaterThan(0);
    for (const sort of SORTS) {
      for (const status of STATUSES) {
        for (const eligibleHere of ELIGIBLE_HERE) {
          const expected = reference(rows, sort, status, eligibleHere);
          const seen: Record<string, unknown>[] = [];
          let after: string | null = null;
          let pages = 0;
          do {
            const page: Page = await adminClient.ok<Page>(PAGE, {
              id: clinicId,
              first: 7,
              after,
              sort,
              status,
              eligibleHere,
            });
            const report = page.organization.complianceReport;
            expect(report.totals).toEqual(totals);
            seen.push(...report.members.edges.map((edge) => edge.node));
            after = report.members.pageInfo.hasNextPage ? report.members.pageInfo.endCursor : null;
            pages += 1;
          } while (after && pages < 100);
          expect({ sort, status, eligibleHere, members: seen }).toEqual({
            sort,
            status,
            eligibleHere,
            members: expected.map(shown),
          });
        }
      }
    }
  }, 180_000);

  it('refuses staff and the admins of other clinics who are staff here, whatever the filter', async () => {
    const rivalAdmin = await registerLearner(test);
    const rival = test.client.as(rivalAdmin.accessToken);
    await rival.ok(CREATE_ORG, { input: { name: 'Rival PT' } });
    const staff = await registerLearner(test);
    for (const person of [rivalAdmin, staff]) {
      await db.query(
        `INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
         VALUES ($1, $2, 'STAFF', 'ACTIVE', now())`,
        [clinicId, person.userId],
      );
    }
    for (const client of [rival, test.client.as(staff.accessToken)]) {
      for (const variables of [
        {},
        { sort: 'WORST_STATUS', status: 'MISSING' },
        { sort: 'NEXT_EXPIRY', eligibleHere: true },
      ]) {
        const error = await client.error(PAGE, { id: clinicId, first: 5, ...variables });
        expect(error.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const csv = await fetch(`${test.url}/organizations/${clinicId}/compliance.csv`, {
      headers: { authorization: `Bearer ${rivalAdmin.accessToken}` },
    });
    expect(csv.status).toBe(403);
    await db.query(
      `UPDATE memberships SET status = 'LEFT', ended_at = now() WHERE user_id = ANY($1)`,
      [[rivalAdmin.userId, staff.userId]],
    );
  });

  it('costs as many queries for 2,000 members as for 20, with every sort and filter', async () => {
    const { createOrganization: big } = await adminClient.ok<{
      createOrganization: { id: string };
    }>(CREATE_ORG, { input: { name: 'Big Sorted PT', state: 'FL' } });
    const [requirement] = (await db.query(
      `INSERT INTO required_credentials (organization_id, label, program_id)
       SELECT $1, label, program_id FROM required_credentials
        WHERE organization_id = $2 AND program_id IS NOT NULL RETURNING id`,
      [big.id, clinicId],
    )) as [{ id: string }];
    expect(requirement).toBeDefined();
    const variants = [
      { sort: 'NAME' },
      { sort: 'WORST_STATUS', status: 'EXPIRED' },
      { sort: 'NEXT_EXPIRY', eligibleHere: true },
      { sort: 'NAME', eligibleHere: false, status: 'VALID' },
    ];
    const measure = async () => {
      const counts: number[] = [];
      for (const variables of variants) {
        const { queries } = await countQueries(db, () =>
          adminClient.ok<Page>(PAGE, { id: big.id, first: 20, ...variables }),
        );
        counts.push(queries.length);
      }
      return counts;
    };
    const addMembers = (from: number, to: number) =>
      db.query(
        `WITH people AS (
           INSERT INTO users (email, password_hash, display_name, profession, roles)
           SELECT 'big-' || n || '@example.com', 'x', 'Big Member ' || lpad(n::text, 4, '0'),
                  'PHYSICAL_THERAPIST', '{LEARNER}'
             FROM generate_series($2::int, $3::int) n RETURNING id)
         INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
         SELECT $1, id, 'STAFF', 'ACTIVE', now() FROM people`,
        [big.id, from, to],
      );
    await addMembers(1, 19);
    await measure(); // the first run of a statement may plan or load what later runs reuse
    const small = await measure();
    await addMembers(20, 1999);
    const large = await measure();
    expect(large).toEqual(small);
  }, 120_000);
});
