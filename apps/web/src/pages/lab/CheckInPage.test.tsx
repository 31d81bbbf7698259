import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CheckInDocument, CheckInSessionDocument } from '../../gql/graphql';
import { clockTime } from './attendance-words';
import { CheckInPage } from './CheckInPage';
import { renderAtRoute } from './render-at-route';

const EXPIRED = 'This code has expired: scan the code on the screen again';

function session(myAttendance: object | null) {
  return {
    request: { query: CheckInSessionDocument, variables: { sessionId: 's-1' } },
    result: {
      data: {
        liveSession: {
          __typename: 'LiveSession',
          id: 's-1',
          title: 'Upper quarter lab',
          venue: 'Front Range Physio',
          startsAt: '2026-12-04T16:00:00.000Z',
          endsAt: '2026-12-04T19:00:00.000Z',
          cancelledAt: null,
          myRegistration: {
            __typename: 'LiveSessionRegistration',
            id: 'reg-1',
            status: 'REGISTERED',
          },
          myAttendance,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const SCAN = { query: CheckInDocument, variables: { sessionId: 's-1', code: 'c0de' } };

function renderCheckIn(mocks: Parameters<typeof renderAtRoute>[1]['mocks'], code = 'c0de') {
  renderAtRoute(<CheckInPage />, {
    pattern: '/live/:sessionId/check-in',
    path: `/live/s-1/check-in${code ? `?code=${code}` : ''}`,
    mocks,
  });
}

describe('CheckInPage', () => {
  it('says an expired code is to be scanned again, in the API’s words', async () => {
    renderCheckIn([
      session(null),
      {
        request: SCAN,
        result: {
          errors: [
            new GraphQLError(EXPIRED, {
              extensions: { code: 'BAD_USER_INPUT', field: 'code', reason: 'EXPIRED' },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Check in' }));
    expect((await screen.findByRole('alert')).textContent).toContain(EXPIRED);
  });

  it('records the arrival and says when', async () => {
    renderCheckIn([
      session(null),
      {
        request: SCAN,
        result: {
          data: {
            checkInToLiveSession: {
              __typename: 'LiveAttendance',
              checkedInAt: '2026-12-04T15:58:00.000Z',
              checkedOutAt: null,
              creditedMinutes: 0,
              outcome: 'NO_CHECK_OUT',
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Check in' }));
    expect((await screen.findByText(/Checked in at/)).textContent).toContain(
      clockTime('2026-12-04T15:58:00.000Z'),
    );
  });

  it('offers the departure to a learner who has arrived', async () => {
    renderCheckIn([
      session({
        __typename: 'LiveAttendance',
        checkedInAt: '2026-12-04T15:58:00.000Z',
        checkedOutAt: null,
        creditedMinutes: 0,
        outcome: 'NO_CHECK_OUT',
      }),
    ]);
    expect(await screen.findByRole('button', { name: 'Check out' })).toBeTruthy();
  });

  it('without a code in the address, asks to scan the screen', async () => {
    renderCheckIn([session(null)], '');
    expect(await screen.findByText(/Scan the QR code on the instructor’s screen/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check in' })).toBeNull();
  });
});
