import { clock } from '../progress';
import { useCountdown } from './useCountdown';

/** Under a minute left, the timer turns red and screen readers are told (once). */
const LOW_SECONDS = 60;

/**
 * The attempt's time left. The server enforces the deadline (late answers are refused and a
 * late attempt is graded with what was saved in time); this only shows it and hands the
 * attempt in at zero.
 */
export function QuizTimer({
  secondsRemaining,
  onExpire,
}: {
  /** By the server's clock when the attempt was loaded (`QuizAttempt.secondsRemaining`). */
  secondsRemaining: number;
  onExpire: () => void;
}) {
  const seconds = useCountdown(secondsRemaining, onExpire) ?? 0;
  const low = seconds <= LOW_SECONDS;
  return (
    <p className={low ? 'timer timer-low' : 'timer'}>
      <span>Time left: </span>
      <time dateTime={`PT${seconds}S`}>{clock(seconds)}</time>
      {seconds === 0 ? (
        <span role="alert"> Time is up: your saved answers are being submitted.</span>
      ) : (
        low && (
          <span className="sr-only" role="status">
            Less than a minute left.
          </span>
        )
      )}
    </p>
  );
}
