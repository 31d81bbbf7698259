import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { ClinicRosterDocument, type EligibilityVerdict } from '../../gql/graphql';
import { date } from '../../ui/format';
import { Roster, type RosterFilters } from './Roster';

const CLINIC = 'o-1';
const REMINDER = 'The state board decides who may dry needle.';

function member(name: string, verdict: EligibilityVerdict, missing: string[] = []) {
  return {
    __typename: 'ComplianceMemberEdge' as const,
    cursor: name,
    node: {
      __typename: 'ComplianceMember' as const,
      membershipId: `m-${name}`,
      displayName: name,
      email: `${name.toLowerCase()}@example.com`,
      role: 'STAFF' as const,
      licenseNumber: null,
      licenseState: null,
      nextExpiry: null,
      worstStatus: 'VALID' as const,
      credentials: [],
      eligibility: {
        __typename: 'ComplianceEligibility' as const,
        state: 'CO',
        verdict,
        missing,
        checkedOn: '2026-12-04',
      },
    },
  };
}

const AVA = member('Ava', 'CHECK_WITH_BOARD');
const OLIVIA = member('Olivia', 'MISSING_REQUIREMENTS', ['Dry needling training']);

function roster(eligibleHere: boolean | null, edges: unknown[]) {
  return {
    request: {
      query: ClinicRosterDocument,
      variables: { id: CLINIC, status: null, sort: 'NAME', eligibleHere },
    },
    maxUsageCount: 3,
    result: {
      data: {
        organization: {
          __typename: 'Organization',
          id: CLINIC,
          complianceReport: {
            __typename: 'ComplianceReport',
            state: 'CO',
            eligibilityReminder: REMINDER,
            members: {
              __typename: 'ComplianceMemberConnection',
              edges,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        },
      },
    },
  };
}

/** ClinicPage keeps the filters in the address; here they are plain state. */
function Harness() {
  const [filters, setFilters] = useState<RosterFilters>({
    status: null,
    sort: 'NAME',
    eligibleHere: null,
  });
  return <Roster clinicId={CLINIC} filters={filters} onFilters={setFilters} />;
}

describe('Roster: dry needling in the clinic’s state', () => {
  it('shows each member’s answer and what is missing, then the checked date and reminder', async () => {
    renderPage(<Harness />, {
      path: '/clinics/o-1',
      session: testSession(testUser()),
      mocks: [roster(null, [AVA, OLIVIA])],
    });
    const list = await screen.findByRole('list', { name: 'Staff roster' });
    const olivia = within(list).getByRole('group', { name: 'Dry needling of Olivia' });
    expect(olivia.textContent).toContain('Dry needling in CO:');
    expect(olivia.textContent).toContain('Requirements missing');
    expect(olivia.textContent).toContain('Missing: Dry needling training');
    const ava = within(list).getByRole('group', { name: 'Dry needling of Ava' });
    expect(ava.textContent).toContain('Check with the board');
    expect(screen.getByText(REMINDER)).toBeTruthy();
    expect(document.body.textContent).toContain(`Rules checked on: ${date('2026-12-04')}`);
  });

  it('narrows the list to those eligible to needle here, and to those who are not', async () => {
    renderPage(<Harness />, {
      path: '/clinics/o-1',
      session: testSession(testUser()),
      mocks: [roster(null, [AVA, OLIVIA]), roster(true, [AVA]), roster(false, [])],
    });
    await screen.findByRole('group', { name: 'Dry needling of Olivia' });
    const filter = screen.getByLabelText('Eligible to needle here');
    fireEvent.change(filter, { target: { value: 'yes' } });
    expect(await screen.findByText('1 member shown')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Dry needling of Olivia' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Dry needling of Ava' })).toBeTruthy();
    fireEvent.change(filter, { target: { value: 'no' } });
    expect(
      await screen.findByText('Every member meets the requirements on record to dry needle in CO.'),
    ).toBeTruthy();
  });
});
