/**
 * The server's notion of "now". Services ask the Clock, never `new Date()`, so tests can
 * move time (token expiry, seat time, certificate expiry) without waiting for it.
 */
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until told to move. For tests. */
export class ManualClock extends Clock {
  constructor(private current: Date = new Date()) {
    super();
  }

  override now(): Date {
    return new Date(this.current.getTime());
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }

  set(date: Date): void {
    this.current = new Date(date.getTime());
  }
}

/** Today's calendar date in UTC, YYYY-MM-DD (how approval and expiry dates are compared). */
export function todayUtc(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
