import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../../auth/testing';
import { CourseBoardReportDocument, ExportCeBrokerRosterDocument } from '../../../gql/graphql';
import { BoardReportSection } from './BoardReportSection';

type Mock = MockLink.MockedResponse;

const line = (id: string, holderName: string, status: string, extra = {}) => ({
  __typename: 'BoardReportLine',
  id,
  holderName,
  licenseNumber: 'PT0001665',
  state: 'FL',
  profession: 'PHYSICAL_THERAPIST',
  completedOn: '2026-12-04',
  ceHours: 2,
  status,
  reason: null,
  note: null,
  exportedAt: null,
  ...extra,
});

function report(pending: number): Mock {
  return {
    request: {
      query: CourseBoardReportDocument,
      variables: { courseId: 'c-1', status: null },
    },
    result: {
      data: {
        courseBoardReport: {
          __typename: 'CourseBoardReport',
          courseId: 'c-1',
          counts: {
            __typename: 'BoardReportCounts',
            pending,
            exported: 0,
            accepted: 0,
            rejected: 0,
            notReportable: 1,
          },
          lines: {
            __typename: 'BoardReportLineConnection',
            edges: [
              { __typename: 'BoardReportLineEdge', node: line('l-1', 'Ana Pending', 'PENDING') },
              {
                __typename: 'BoardReportLineEdge',
                node: line('l-2', 'Ben Colorado', 'NOT_REPORTABLE', {
                  licenseNumber: null,
                  reason: "No FL physical therapist license on the learner's profile",
                }),
              },
            ],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
          exports: [],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function render(mocks: Mock[]) {
  renderPage(<BoardReportSection courseId="c-1" />, {
    path: '/teach/board-reporting',
    session: testSession(testUser({ roles: ['LEARNER', 'INSTRUCTOR'] })),
    mocks,
  });
}

describe('BoardReportSection', () => {
  it('counts the completions by status and says why one is not reportable', async () => {
    render([report(1)]);
    const counts = await screen.findByRole('list', { name: 'Completions by status' });
    expect(within(counts).getByText(/Waiting for export/).textContent).toMatch(/1$/);
    expect(within(counts).getByText(/Not reportable/).textContent).toMatch(/1$/);
    expect(screen.getByText(/No FL physical therapist license/)).toBeTruthy();
    // Only exported lines take CE Broker's answer: none here has a box.
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('cannot export when nothing waits', async () => {
    render([report(0)]);
    const button = await screen.findByRole('button', { name: /Export roster for CE Broker/ });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('announces the API’s refusal to export', async () => {
    render([
      report(1),
      {
        request: { query: ExportCeBrokerRosterDocument, variables: { courseId: 'c-1' } },
        result: {
          errors: [
            new GraphQLError('Nothing is waiting to be reported', {
              extensions: { code: 'CONFLICT', reason: 'NOTHING_TO_EXPORT' },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /Export roster for CE Broker/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Nothing is waiting/);
  });
});
