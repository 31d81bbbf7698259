import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabCheckInCodeDocument } from '../../gql/graphql';
import { CheckInQr } from './CheckInQr';
import { renderAtRoute } from './render-at-route';

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><desc>${label}</desc></svg>`;

function code(value: string, expiresAt: string) {
  return {
    request: { query: LabCheckInCodeDocument, variables: { sessionId: 's-1' } },
    result: {
      data: {
        liveSessionCheckInCode: {
          __typename: 'LiveSessionCheckInCode',
          code: value,
          url: `https://fascicle.test/live/s-1/check-in?code=${value}`,
          qrSvg: svg(value),
          expiresAt,
        },
      },
    },
  };
}

afterEach(() => vi.useRealTimers());

describe('CheckInQr', () => {
  it('draws the code as an image, counts down, and shows the next code when the minute ends', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse('2026-12-04T16:00:20.000Z') });
    renderAtRoute(<CheckInQr sessionId="s-1" title="Upper quarter lab" />, {
      pattern: '/teach/live/:sessionId/lab',
      path: '/teach/live/s-1/lab',
      mocks: [
        code('first-code', '2026-12-04T16:01:00.000Z'),
        code('second-code', '2026-12-04T16:02:00.000Z'),
      ],
      roles: ['INSTRUCTOR'],
    });
    const image = await screen.findByRole('img', {
      name: 'Check-in QR code for Upper quarter lab',
    });
    expect(decodeURIComponent(image.getAttribute('src')!)).toContain('<desc>first-code</desc>');
    expect(screen.getByText(/check-in\?code=first-code/)).toBeTruthy();
    expect(await screen.findByText(/New code in (41|40|39) s/)).toBeTruthy();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(40_000);
    });
    expect(await screen.findByText(/check-in\?code=second-code/)).toBeTruthy();
    const next = screen.getByRole('img', { name: 'Check-in QR code for Upper quarter lab' });
    expect(decodeURIComponent(next.getAttribute('src')!)).toContain('<desc>second-code</desc>');
  });
});
