import type { MockLink } from '@apollo/client/testing';
import { useQuery } from '@apollo/client/react';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import {
  CancelLiveSessionRegistrationDocument,
  LiveSessionStatusDocument,
  RegisterForLiveSessionDocument,
  type LiveSessionCardFieldsFragment,
} from '../../gql/graphql';
import { LiveSessionCard } from './LiveSessionCard';

type Mock = MockLink.MockedResponse;
const DAY = 86_400_000;

// As the API answers: the cache needs each object's type name.
type Session = LiveSessionCardFieldsFragment & { __typename: 'LiveSession' };

const LAB: Session = {
  __typename: 'LiveSession',
  id: 's-1',
  courseId: 'c-1',
  kind: 'LAB',
  title: 'Upper trapezius lab',
  venue: '12 Main St, Denver',
  joinUrl: null,
  startsAt: new Date(Date.now() + 10 * DAY).toISOString(),
  endsAt: new Date(Date.now() + 10 * DAY + 8 * 3_600_000).toISOString(),
  capacity: 1,
  seatsLeft: 1,
  waitlistLength: 0,
  registrationClosesAt: new Date(Date.now() + 9 * DAY).toISOString(),
  cancelledAt: null,
  myRegistration: null,
};

/**
 * The session as the server has it now, however often it is read (StrictMode reads twice):
 * a mutation's mock moves it on, as the server would.
 */
function server(initial: Session) {
  let current = initial;
  const status: Mock = {
    request: { query: LiveSessionStatusDocument, variables: { id: initial.id } },
    result: () => ({ data: { liveSession: current } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return {
    status,
    then: (next: Session) => {
      current = next;
    },
  };
}

const seat = {
  __typename: 'LiveSessionRegistration' as const,
  id: 'r-1',
  status: 'REGISTERED' as const,
  waitlistPosition: null,
};

/** The card over the cache, as a list shows it: a fresh read of the session re-renders it. */
function Harness() {
  const { data } = useQuery(LiveSessionStatusDocument, { variables: { id: LAB.id } });
  return data ? (
    <ul>
      <LiveSessionCard session={data.liveSession} />
    </ul>
  ) : null;
}

function renderCard(mocks: Mock[]) {
  renderPage(<Harness />, { path: '/live', session: testSession(testUser()), mocks });
}

describe('LiveSessionCard', () => {
  it('shows a lab, its seats and cut-off, registers, and then shows the seat', async () => {
    const api = server(LAB);
    renderCard([
      api.status,
      {
        request: { query: RegisterForLiveSessionDocument, variables: { sessionId: LAB.id } },
        result: () => {
          api.then({ ...LAB, seatsLeft: 0, myRegistration: seat });
          return { data: { registerForLiveSession: seat } };
        },
      },
    ]);
    const card = await screen.findByRole('listitem');
    expect(within(card).getByText('In-person lab')).toBeTruthy();
    expect(within(card).getByText('12 Main St, Denver')).toBeTruthy();
    expect(within(card).getByText('1 of 1 seat left')).toBeTruthy();
    expect(within(card).getByText(/^Register or cancel until /)).toBeTruthy();
    expect(within(card).queryByText('You have a seat')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Register: Upper trapezius lab' }));
    expect(await screen.findByText('You have a seat')).toBeTruthy();
    expect(screen.getByText('Full')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Cancel my seat: Upper trapezius lab' }),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers the waitlist when full, and names the place', async () => {
    const full = { ...LAB, seatsLeft: 0, waitlistLength: 1 };
    const waiting = { ...seat, status: 'WAITLISTED' as const, waitlistPosition: 2 };
    const api = server(full);
    renderCard([
      api.status,
      {
        request: { query: RegisterForLiveSessionDocument, variables: { sessionId: LAB.id } },
        result: () => {
          api.then({ ...full, waitlistLength: 2, myRegistration: waiting });
          return { data: { registerForLiveSession: waiting } };
        },
      },
    ]);
    expect(await screen.findByText('Full: 1 on the waitlist')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Join the waitlist: Upper trapezius lab' }));
    expect(await screen.findByText('Waitlist place 2')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Leave the waitlist: Upper trapezius lab' }),
    ).toBeTruthy();
  });

  it('gives up a seat only after confirming, and shows the API’s refusal in its words', async () => {
    const api = server({ ...LAB, seatsLeft: 0, myRegistration: seat });
    renderCard([
      api.status,
      {
        request: {
          query: CancelLiveSessionRegistrationDocument,
          variables: { sessionId: LAB.id },
        },
        result: {
          errors: [
            new GraphQLError(
              'Cancellation closed at 2027-03-09T16:00:00.000Z, 24 hours before the start',
              {
                extensions: {
                  code: 'CONFLICT',
                  field: 'sessionId',
                  reason: 'REGISTRATION_CLOSED',
                },
              },
            ),
          ],
        },
      },
    ]);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Cancel my seat: Upper trapezius lab' }),
    );
    expect(screen.getByText(/goes to the first learner on the waitlist/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Give up my seat' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Cancellation closed at');
    expect(screen.getByText('You have a seat')).toBeTruthy();
  });

  it('keeps a webinar’s link from those without a seat, and offers nothing after the cut-off', async () => {
    const api = server({
      ...LAB,
      kind: 'WEBINAR',
      venue: null,
      registrationClosesAt: new Date(Date.now() - 1000).toISOString(),
    });
    renderCard([api.status]);
    expect(await screen.findByText('Online: the link is sent to registered learners')).toBeTruthy();
    expect(screen.getByText(/^Registration closed /)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('marks a cancelled session and offers nothing', async () => {
    const api = server({ ...LAB, cancelledAt: new Date().toISOString(), myRegistration: seat });
    renderCard([api.status]);
    expect(await screen.findByText('Cancelled')).toBeTruthy();
    expect(screen.queryByText('You have a seat')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
