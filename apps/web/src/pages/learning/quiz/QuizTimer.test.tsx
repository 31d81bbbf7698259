import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuizTimer } from './QuizTimer';

const START = new Date('2026-03-01T10:00:00Z');

/** The monotonic clock, moved by the tests alone. */
let monotonic = 0;

/** Time passes on the device, and the interval fires as it would in a visible tab. */
function elapse(ms: number) {
  act(() => {
    monotonic += ms;
    vi.advanceTimersByTime(ms);
  });
}

describe('QuizTimer', () => {
  beforeEach(() => {
    monotonic = 1_000;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(START);
    vi.spyOn(performance, 'now').mockImplementation(() => monotonic);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it("counts down from the server's seconds remaining once a second", () => {
    render(<QuizTimer secondsRemaining={125} onExpire={() => undefined} />);
    expect(screen.getByText('2:05')).toBeTruthy();
    elapse(5_000);
    expect(screen.getByText('2:00')).toBeTruthy();
  });

  it('is not moved by a device clock that is wrong by an hour, or changed during the attempt', () => {
    vi.setSystemTime(new Date(START.getTime() - 3_600_000));
    render(<QuizTimer secondsRemaining={600} onExpire={() => undefined} />);
    expect(screen.getByText('10:00')).toBeTruthy();
    act(() => {
      vi.setSystemTime(new Date(START.getTime() + 3_600_000));
    });
    elapse(1_000);
    expect(screen.getByText('9:59')).toBeTruthy();
  });

  it('warns in the last minute', () => {
    render(<QuizTimer secondsRemaining={61} onExpire={() => undefined} />);
    expect(screen.queryByText('Less than a minute left.')).toBeNull();
    elapse(1_000);
    expect(screen.getByText('Less than a minute left.')).toBeTruthy();
  });

  it('calls onExpire exactly once when time is up, and says so', () => {
    const onExpire = vi.fn();
    render(<QuizTimer secondsRemaining={3} onExpire={onExpire} />);
    elapse(2_000);
    expect(onExpire).not.toHaveBeenCalled();
    elapse(1_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toContain('Time is up');
    elapse(10_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(screen.getByText('0:00')).toBeTruthy();
  });

  it('shows the true time after the tab was throttled', () => {
    render(<QuizTimer secondsRemaining={600} onExpire={() => undefined} />);
    // Five minutes pass while no interval fired, then one tick.
    monotonic += 300_000;
    elapse(1_000);
    expect(screen.getByText('4:59')).toBeTruthy();
  });

  it('expires at once when the server says no time is left (a reload after time ran out)', () => {
    const onExpire = vi.fn();
    render(<QuizTimer secondsRemaining={0} onExpire={onExpire} />);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(screen.getByText('0:00')).toBeTruthy();
  });
});
