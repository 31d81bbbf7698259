import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuizTimer } from './QuizTimer';

const START = new Date('2026-03-01T10:00:00Z');

function deadlineIn(seconds: number): string {
  return new Date(START.getTime() + seconds * 1000).toISOString();
}

describe('QuizTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down from the deadline once a second', () => {
    render(<QuizTimer deadlineAt={deadlineIn(125)} onExpire={() => undefined} />);
    expect(screen.getByText('2:05')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(screen.getByText('2:00')).toBeTruthy();
  });

  it('warns in the last minute', () => {
    render(<QuizTimer deadlineAt={deadlineIn(61)} onExpire={() => undefined} />);
    expect(screen.queryByText('Less than a minute left.')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByText('Less than a minute left.')).toBeTruthy();
  });

  it('calls onExpire exactly once when time is up, and says so', () => {
    const onExpire = vi.fn();
    render(<QuizTimer deadlineAt={deadlineIn(3)} onExpire={onExpire} />);
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(onExpire).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toContain('Time is up');
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(screen.getByText('0:00')).toBeTruthy();
  });

  it('shows the true time after the tab was throttled or the laptop slept', () => {
    render(<QuizTimer deadlineAt={deadlineIn(600)} onExpire={() => undefined} />);
    // The clock jumps 5 minutes while no interval fired.
    vi.setSystemTime(new Date(START.getTime() + 300_000));
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByText('4:59')).toBeTruthy();
  });

  it('expires at once when opened after the deadline (a reload after time ran out)', () => {
    const onExpire = vi.fn();
    render(<QuizTimer deadlineAt={deadlineIn(-30)} onExpire={onExpire} />);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(screen.getByText('0:00')).toBeTruthy();
  });
});
