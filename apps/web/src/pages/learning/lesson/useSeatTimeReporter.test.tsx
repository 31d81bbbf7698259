import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSeatTimeReporter } from './useSeatTimeReporter';

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

function Reporter({
  report,
  enabled = true,
}: {
  report: (resumed: boolean) => Promise<unknown>;
  enabled?: boolean;
}) {
  const reporting = useSeatTimeReporter({ report, enabled, intervalMs: 15_000 });
  return <p>{reporting ? 'reporting' : 'paused'}</p>;
}

describe('useSeatTimeReporter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports at once, then every interval while the page is visible', () => {
    const report = vi.fn((_resumed: boolean) => Promise.resolve());
    render(<Reporter report={report} />);
    expect(report).toHaveBeenCalledTimes(1);
    expect(screen.getByText('reporting')).toBeTruthy();

    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(report).toHaveBeenCalledTimes(2);
    act(() => {
      vi.advanceTimersByTime(45_000);
    });
    expect(report).toHaveBeenCalledTimes(5);
  });

  it('marks the first report after the reader opens as resumed, and the next ones not', async () => {
    const report = vi.fn((_resumed: boolean) => Promise.resolve());
    render(<Reporter report={report} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(report.mock.calls.map(([resumed]) => resumed)).toEqual([true, false, false]);
  });

  it('marks the report after the page was hidden as resumed, so the hidden time earns nothing', async () => {
    const report = vi.fn((_resumed: boolean) => Promise.resolve());
    render(<Reporter report={report} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(15_000);
    });
    setVisibility('hidden');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5 * 60_000);
    });
    setVisibility('visible');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(15_000);
    });
    expect(report.mock.calls.map(([resumed]) => resumed)).toEqual([true, false, true, false]);
  });

  it('keeps saying resumed until a resumed report reaches the server', async () => {
    const report = vi
      .fn((_resumed: boolean) => Promise.resolve())
      .mockImplementationOnce(() => Promise.reject(new Error('offline')));
    render(<Reporter report={report} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(report.mock.calls.map(([resumed]) => resumed)).toEqual([true, true, false]);
  });

  it('stops while the page is hidden and resumes, reporting at once, when it is visible again', () => {
    const report = vi.fn(() => Promise.resolve());
    render(<Reporter report={report} />);
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(report).toHaveBeenCalledTimes(2);

    setVisibility('hidden');
    expect(screen.getByText('paused')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(10 * 60_000);
    });
    expect(report).toHaveBeenCalledTimes(2);

    setVisibility('visible');
    expect(report).toHaveBeenCalledTimes(3);
    expect(screen.getByText('reporting')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(report).toHaveBeenCalledTimes(4);
  });

  it('does not start while the page opens hidden (a background tab)', () => {
    visibility = 'hidden';
    const report = vi.fn(() => Promise.resolve());
    render(<Reporter report={report} />);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(report).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when disabled (the lesson is complete) and stops on unmount', () => {
    const report = vi.fn(() => Promise.resolve());
    const { rerender, unmount } = render(<Reporter report={report} enabled={false} />);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(report).not.toHaveBeenCalled();

    rerender(<Reporter report={report} enabled />);
    expect(report).toHaveBeenCalledTimes(1);
    unmount();
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('keeps reporting after a failed report', async () => {
    const report = vi.fn(() => Promise.reject(new Error('offline')));
    render(<Reporter report={report} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(report).toHaveBeenCalledTimes(3);
  });

  it('uses the newest report function without restarting the clock', () => {
    const first = vi.fn(() => Promise.resolve());
    const second = vi.fn(() => Promise.resolve());
    const { rerender } = render(<Reporter report={first} />);
    rerender(<Reporter report={second} />);
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });
});
