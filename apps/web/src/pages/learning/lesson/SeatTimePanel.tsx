import { ProgressBar } from '../../../ui/ProgressBar';
import { clock } from '../progress';

interface Props {
  creditedSeconds: number;
  requiredSeconds: number;
  completed: boolean;
  reporting: boolean;
  error: string | null;
  /** The lesson's video: its length and how much of it was seen playing (0 and 0 without). */
  video?: { watchedSeconds: number; videoSeconds: number };
}

/** The server's count of time on this lesson, and whether it is counting now. */
export function SeatTimePanel({
  creditedSeconds,
  requiredSeconds,
  completed,
  reporting,
  error,
  video,
}: Props) {
  const shown = Math.min(creditedSeconds, requiredSeconds);
  return (
    <aside className="seat-time" aria-label="Time on this lesson">
      <ProgressBar
        value={shown}
        max={Math.max(requiredSeconds, 1)}
        label={`Time on this lesson: ${clock(shown)} of ${clock(requiredSeconds)}`}
      />
      <p role="status" aria-live="polite">
        {completed
          ? '✓ Lesson complete.'
          : reporting
            ? 'Counting your time while this page is open and visible.'
            : 'Paused: time counts only while this page is visible.'}
      </p>
      {video && video.videoSeconds > 0 && !completed && (
        <p>
          Video watched: {clock(Math.min(video.watchedSeconds, video.videoSeconds))} of{' '}
          {clock(video.videoSeconds)}. Only the time it plays counts as watched.
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </aside>
  );
}
