import type { EntityManager } from 'typeorm';

/**
 * A learner's attendance at a session changed: a check-in, a check-out or an instructor's
 * correction. Published inside the transaction that wrote it, so a handler (a program's
 * requirements, which count live minutes) reads the new row through `manager` and, subscribed
 * with `{ suppressErrors: false }`, rolls the change back when it fails. Nothing outside the
 * transaction (mail, other connections) belongs in a handler: the change is not committed yet.
 */
export class LiveAttendanceChanged {
  static readonly event = 'live-sessions.attendance-changed';

  constructor(
    readonly sessionId: string,
    readonly userId: string,
    readonly manager: EntityManager,
  ) {}
}
