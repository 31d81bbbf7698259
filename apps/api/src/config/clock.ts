import { readFileSync, statSync } from 'node:fs';

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

/**
 * The system clock moved forward by what a file says, so tests that drive a running server
 * (the browser journeys) let minutes of seat time pass without waiting for them. The file
 * holds one advance in milliseconds per line and the offset is their sum: each advance is
 * appended, so parallel test workers cannot lose one another's. It is read again only when its
 * size or mtime changes, and a missing file means no advance yet. Never in production:
 * AppConfig refuses FASCICLE_CLOCK_OFFSET_FILE there.
 */
export class OffsetClock extends Clock {
  private stamp = '';
  private offsetMs = 0;

  constructor(private readonly file: string) {
    super();
  }

  override now(): Date {
    return new Date(Date.now() + this.offset());
  }

  private offset(): number {
    const stats = statSync(this.file, { throwIfNoEntry: false });
    if (!stats) return this.offsetMs;
    const stamp = `${stats.size}:${stats.mtimeMs}`;
    if (stamp === this.stamp) return this.offsetMs;
    const advances = readFileSync(this.file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(Number);
    if (advances.some((advance) => !Number.isInteger(advance) || advance < 0)) {
      throw new Error(`${this.file}: each line must be a whole number of milliseconds, ≥ 0`);
    }
    this.stamp = stamp;
    this.offsetMs = advances.reduce((sum, advance) => sum + advance, 0);
    return this.offsetMs;
  }
}

/** The clock a started server uses: the system's, or moved by the offset file (tests only). */
export function serverClock(config: { clockOffsetFile: string | null }): Clock {
  return config.clockOffsetFile === null ? new Clock() : new OffsetClock(config.clockOffsetFile);
}

/** Today's calendar date in UTC, YYYY-MM-DD (how approval and expiry dates are compared). */
export function todayUtc(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
