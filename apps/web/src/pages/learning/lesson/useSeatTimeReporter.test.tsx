import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
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
  playing = false,
}: {
  report: (resumed: boolean, reachedEnd: boolean, playing: boolean) => Promise<unknown>;
  enabled?: boolean;
  playing?: boolean;
}) {
  const reporting = useSeatTimeReporter({ report, enabled, playing, intervalMs: 15_000 });
  return <p>{reporting ? 'reporting' : 'paused'}</p>;
}

/** A lesson page: the reporter watches the element after the text. */
function Reader({
  report,
  enabled = true,
}: {
  report: (resumed: boolean, reachedEnd: boolean) => Promise<unknown>;
  enabled?: boolean;
}) {
  const end = useRef<HTMLDivElement>(null);
  const reporting = useSeatTimeReporter({ report, enabled, end, intervalMs: 15_000 });
  return (
    <>
      <p>{reporting ? 'reporting' : 'paused'}</p>
      <div ref={end} data-testid="end" />
    </>
  );
}

/**
 * A stand-in IntersectionObserver (the test DOM never scrolls), told by the test when the watched element
 * comes into view or leaves it, as the browser would after a scroll.
 */
class FakeIntersectionObserver {
  static live = new Set<FakeIntersectionObserver>();
  private targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.live.add(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  unobserve(target: Element) {
    this.targets = this.targets.filter((t) => t !== target);
  }
  disconnect() {
    this.targets = [];
    FakeIntersectionObserver.live.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  /** Inside act, with the reports it sends answered before it returns. */
  static async scroll(isIntersecting: boolean) {
    await act(async () => {
      for (const observer of FakeIntersectionObserver.live) {
        const entries = observer.targets.map(
          (target) => ({ target, isIntersecting }) as IntersectionObserverEntry,
        );
        if (entries.length > 0) {
          observer.callback(entries, observer as unknown as IntersectionObserver);
        }
      }
      await vi.advanceTimersByTimeAsync(0);
    });
  }
}

const reachedEnd = (report: { mock: { calls: unknown[][] } }) =>
  report.mock.calls.map(([, end]) => end);
const resumedAndEnd = (report: { mock: { calls: unknown[][] } }) =>
  report.mock.calls.map(([resumed, end]) => [resumed, end]);
const playing = (report: { mock: { calls: unknown[][] } }) =>
  report.mock.calls.map(([, , played]) => played);

describe('useSeatTimeReporter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    FakeIntersectionObserver.live.clear();
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

  describe('reaching the end of the text', () => {
    beforeEach(() => {
      vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    });

    it('reports it once, at once, when the end comes into view on a visible page', async () => {
      const report = vi.fn((_resumed: boolean, _end: boolean) => Promise.resolve());
      render(<Reader report={report} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(30_000);
      });
      expect(reachedEnd(report)).toEqual([false, false, false]);

      await FakeIntersectionObserver.scroll(true);
      expect(reachedEnd(report)).toEqual([false, false, false, true]);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(15_000);
      });
      // Scrolling back up and down again says nothing more.
      await FakeIntersectionObserver.scroll(false);
      await FakeIntersectionObserver.scroll(true);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(15_000);
      });
      expect(reachedEnd(report)).toEqual([false, false, false, true, false, false]);
    });

    it('waits for the page to be visible: a hidden tab has reached nothing', async () => {
      const report = vi.fn((_resumed: boolean, _end: boolean) => Promise.resolve());
      render(<Reader report={report} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      setVisibility('hidden');
      await FakeIntersectionObserver.scroll(true);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(60_000);
      });
      expect(resumedAndEnd(report)).toEqual([[true, false]]);

      setVisibility('visible');
      // The report on returning restarts the clock and says the end is in view.
      expect(resumedAndEnd(report)).toEqual([
        [true, false],
        [true, true],
      ]);
    });

    it('says it again on the next report when the one that said it failed', async () => {
      const report = vi.fn((_resumed: boolean, _end: boolean) => Promise.resolve());
      render(<Reader report={report} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      report.mockImplementationOnce(() => Promise.reject(new Error('offline')));
      await FakeIntersectionObserver.scroll(true);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(30_000);
      });
      expect(reachedEnd(report)).toEqual([false, true, true, false]);
    });

    it('keeps reporting after the time is met until the reader reaches the end', async () => {
      const report = vi.fn((_resumed: boolean, _end: boolean) => Promise.resolve());
      const { rerender } = render(<Reader report={report} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(15_000);
      });
      rerender(<Reader report={report} enabled={false} />);
      // Complete: the panel no longer says it is counting, but a slow reader's time is still
      // measured until the end.
      expect(screen.getByText('paused')).toBeTruthy();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(30_000);
      });
      expect(report).toHaveBeenCalledTimes(4);

      await FakeIntersectionObserver.scroll(true);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(60_000);
      });
      expect(reachedEnd(report)).toEqual([false, false, false, false, true]);
    });

    it('reports nothing for a lesson opened complete, end or not', async () => {
      const report = vi.fn((_resumed: boolean, _end: boolean) => Promise.resolve());
      render(<Reader report={report} enabled={false} />);
      await FakeIntersectionObserver.scroll(true);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(60_000);
      });
      expect(report).not.toHaveBeenCalled();
    });
  });

  it('stops at completion where the browser cannot tell when the end is reached', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const report = vi.fn((_resumed: boolean, _end: boolean) => Promise.resolve());
    const { rerender } = render(<Reader report={report} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(15_000);
    });
    rerender(<Reader report={report} enabled={false} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    expect(reachedEnd(report)).toEqual([false, false]);
  });
  describe('a video playing', () => {
    it('reports at once when a video starts and stops, so each interval is all one or the other', async () => {
      const report = vi.fn((_r: boolean, _e: boolean, _p: boolean) => Promise.resolve());
      const { rerender } = render(<Reporter report={report} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(5_000);
      });
      // Play: the 5 s before it were not watched.
      rerender(<Reporter report={report} playing />);
      expect(playing(report)).toEqual([false, false]);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(15_000);
      });
      // Pause 3 s later: the interval since the tick was watched; the next tick's is not.
      await act(async () => {
        await vi.advanceTimersByTimeAsync(3_000);
      });
      rerender(<Reporter report={report} playing={false} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(15_000);
      });
      expect(playing(report)).toEqual([false, false, true, true, false]);
    });

    it('reports nothing for a video played while the page is hidden', async () => {
      const report = vi.fn((_r: boolean, _e: boolean, _p: boolean) => Promise.resolve());
      const { rerender } = render(<Reporter report={report} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      setVisibility('hidden');
      rerender(<Reporter report={report} playing />);
      rerender(<Reporter report={report} playing={false} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(30_000);
      });
      expect(report).toHaveBeenCalledTimes(1);
      // Back: the report restarts the clock (resumed), and no time is claimed as watched.
      setVisibility('visible');
      expect(report.mock.calls.at(-1)).toEqual([true, false, false]);
    });
  });
});
