import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { CancelLiveSessionDocument, TeachLiveSessionsDocument } from '../../gql/graphql';
import { OrganiserSessions } from './OrganiserSessions';

type Mock = MockLink.MockedResponse;
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const session = (id: string, title: string, startsIn: number) => ({
  __typename: 'LiveSession' as const,
  id,
  kind: 'LAB' as const,
  title,
  venue: '12 Main St, Denver',
  joinUrl: null,
  startsAt: at(startsIn),
  endsAt: at(startsIn + 0.25),
  capacity: 12,
  instructors: 2,
  learnersPerInstructor: 6,
  seatsLeft: 3,
  waitlistLength: 2,
  cancelledAt: null,
});

const sessions: Mock = {
  request: { query: TeachLiveSessionsDocument, variables: { courseId: 'c-1' } },
  result: {
    data: {
      liveSessions: {
        __typename: 'LiveSessionConnection',
        edges: [
          { __typename: 'LiveSessionEdge', node: session('s-0', 'Last month’s lab', -30) },
          { __typename: 'LiveSessionEdge', node: session('s-1', 'Upper trapezius lab', 10) },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 's-1' },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('OrganiserSessions', () => {
  it('lists the upcoming sessions with their registrations, and cancels one after confirming', async () => {
    const cancelled = vi.fn(() => ({
      data: {
        cancelLiveSession: {
          __typename: 'LiveSession' as const,
          id: 's-1',
          cancelledAt: new Date().toISOString(),
        },
      },
    }));
    renderPage(<OrganiserSessions courseId="c-1" />, {
      path: '/teach/live',
      session: testSession(testUser({ roles: ['LEARNER', 'INSTRUCTOR'] })),
      mocks: [
        sessions,
        {
          request: { query: CancelLiveSessionDocument, variables: { id: 's-1' } },
          result: cancelled,
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Scheduled sessions' });
    const [card, ...others] = within(list).getAllByRole('listitem');
    expect(others).toEqual([]);
    expect(within(card!).getByText('9 of 12 seats taken, 2 waiting')).toBeTruthy();
    expect(within(card!).getByText('2 instructors, at most 6 learners each')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel session: Upper trapezius lab' }));
    expect(cancelled).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel the session' }));
    expect(await within(card!).findByText('Cancelled')).toBeTruthy();
    expect(cancelled).toHaveBeenCalledTimes(1);
    expect(
      screen.queryByRole('button', { name: 'Cancel session: Upper trapezius lab' }),
    ).toBeNull();
  });
});
