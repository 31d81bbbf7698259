import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { AdverseEventSummaryDocument, ClinicAdverseEventsDocument } from '../../gql/graphql';
import { AdverseEventSummarySection } from './AdverseEventSummarySection';
import { ClinicAdverseEventsSection } from './ClinicAdverseEventsSection';

const session = () => testSession(testUser({ roles: ['LEARNER', 'INSTRUCTOR'] }));

describe('AdverseEventSummarySection', () => {
  it('shows groups under five as hidden, never as a number', async () => {
    renderPage(<AdverseEventSummarySection />, {
      path: '/practice/adverse-events',
      session: session(),
      mocks: [
        {
          request: { query: AdverseEventSummaryDocument },
          maxUsageCount: 2,
          result: {
            data: {
              adverseEventSummary: {
                __typename: 'AdverseEventSummary',
                total: null,
                groups: [
                  {
                    __typename: 'AdverseEventGroup',
                    type: 'BRUISING',
                    types: ['BRUISING'],
                    count: 12,
                  },
                  {
                    __typename: 'AdverseEventGroup',
                    type: null,
                    types: ['SYNCOPE', 'PNEUMOTHORAX'],
                    count: null,
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Events by type' });
    const bruising = within(table).getByRole('row', { name: /^Bruising/ });
    expect(within(bruising).getByRole('cell').textContent).toBe('12');
    const merged = within(table).getByRole('row', { name: /^Other types, fewer than five each/ });
    expect(merged.textContent).toContain('Syncope (fainting), Pneumothorax');
    expect(within(merged).getByRole('cell').textContent).toBe('Hidden: fewer than 5');
    const total = within(table).getByRole('row', { name: /^All events/ });
    expect(within(total).getByRole('cell').textContent).toBe(
      'Hidden: it would reveal a group under 5',
    );
  });
});

describe('ClinicAdverseEventsSection', () => {
  function renderClinic(rate: number | null) {
    renderPage(<ClinicAdverseEventsSection clinicId="o-1" />, {
      path: '/clinics/o-1',
      session: session(),
      mocks: [
        {
          request: { query: ClinicAdverseEventsDocument, variables: { organizationId: 'o-1' } },
          maxUsageCount: 2,
          result: {
            data: {
              clinicAdverseEventRate: {
                __typename: 'ClinicAdverseEventRate',
                organizationId: 'o-1',
                eventCount: 3,
                treatmentCount: rate === null ? 0 : 1600,
                eventsWithTreatmentsLogged: rate === null ? 0 : 2,
                ratePerThousandTreatments: rate,
              },
              clinicAdverseEvents: {
                __typename: 'AdverseEventConnection',
                edges: [
                  {
                    __typename: 'AdverseEventEdge',
                    node: {
                      __typename: 'AdverseEvent',
                      id: 'e-1',
                      eventDate: '2026-11-20',
                      severity: 'MILD',
                      type: 'BRUISING',
                      actionTaken: 'Pressure for two minutes',
                      outcome: 'Resolved within a week',
                      clinicianName: 'Sam Ortiz, PT',
                    },
                  },
                ],
                pageInfo: { __typename: 'PageInfo', endCursor: 'c', hasNextPage: false },
              },
            },
          },
        },
      ],
    });
  }

  it("gives the rate per 1,000 treatments and what it counts, and names each event's clinician", async () => {
    renderClinic(1.25);
    expect((await screen.findByText(/per 1,000 treatments/)).closest('p')!.textContent).toContain(
      '2 events over 1,600 treatments, counting only the members who log treatments',
    );
    const events = screen.getByRole('list', { name: "The clinic's adverse events" });
    expect(events.textContent).toContain('Sam Ortiz, PT');
    expect(events.textContent).toContain('Mild');
  });

  it('says there is no rate rather than showing zero when nobody logs treatments', async () => {
    renderClinic(null);
    expect(await screen.findByText(/No rate yet: no member logs treatments/)).toBeTruthy();
  });
});
