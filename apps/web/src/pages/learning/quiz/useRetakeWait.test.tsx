import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRetakeWait } from './useRetakeWait';

const NOW = new Date('2026-03-02T14:00:00Z');

function Wait({ at, onElapsed }: { at: string | null; onElapsed?: () => void }) {
  const message = useRetakeWait(at, onElapsed);
  return <p>{message ?? 'You may start now'}</p>;
}

describe('useRetakeWait', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says when the next attempt may start, counts down, and clears itself at that moment', () => {
    const onElapsed = vi.fn();
    render(<Wait at="2026-03-02T14:10:00Z" onElapsed={onElapsed} />);
    expect(screen.getByText(/The next may start at .* \(in 10 minutes\)\./)).toBeTruthy();

    act(() => {
      vi.advanceTimersByTime(4 * 60_000);
    });
    expect(screen.getByText(/\(in 6 minutes\)/)).toBeTruthy();
    expect(onElapsed).not.toHaveBeenCalled();

    act(() => {
      vi.advanceTimersByTime(6 * 60_000 + 1_000);
    });
    expect(screen.getByText('You may start now')).toBeTruthy();
    expect(onElapsed).toHaveBeenCalledTimes(1);
  });

  it('says nothing when there is no wait, or it is over', () => {
    const onElapsed = vi.fn();
    const { rerender } = render(<Wait at={null} onElapsed={onElapsed} />);
    expect(screen.getByText('You may start now')).toBeTruthy();
    rerender(<Wait at="2026-03-02T13:00:00Z" onElapsed={onElapsed} />);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByText('You may start now')).toBeTruthy();
    expect(onElapsed).not.toHaveBeenCalled();
  });
});
