import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The check-in code an instructor's screen shows as a QR code: it changes every minute, is bound
 * to one session, and only the server (holding the secret) can make one.
 *
 * A code is 15 bytes in base64url, 20 characters that need no escaping in a URL:
 * - the minute window it was made in (4 bytes, minutes since 1970, big-endian), so a stale code
 *   is told apart from a forged one;
 * - a 3-byte tag of the session (keyed, so it reveals nothing), so a code for another session is
 *   told apart from a forged one;
 * - 8 bytes of HMAC-SHA256 over the session id and the window. 64 bits is far beyond what can be
 *   guessed online in the two minutes a code lives.
 *
 * What the code does not do, and the API must: replay. Anyone signed in who sees a code (or a
 * photo of it) can use it until it expires, and a learner can scan the same code twice. The API
 * keeps one check-in per learner, session and direction (arrival, departure), so a replay adds
 * nothing, and the instructor sees the roster and corrects it with a reason. The code proves a
 * scan happened near the screen within a minute or two, not who held the phone.
 */

export const CHECK_IN_WINDOW_MS = 60_000;
/** HMAC keys shorter than the hash's 32 bytes make forging easier; refuse them. */
export const CHECK_IN_SECRET_MIN_BYTES = 32;

const WINDOW_BYTES = 4;
const TAG_BYTES = 3;
const MAC_BYTES = 8;
const CODE_BYTES = WINDOW_BYTES + TAG_BYTES + MAC_BYTES;
/** 15 bytes are exactly 20 base64url characters, so no padding and one spelling per code. */
const CODE_PATTERN = /^[A-Za-z0-9_-]{20}$/;

export type CheckInSecret = string | Uint8Array;

export type CheckInCodeStatus =
  /** Made for this session in the current minute or the one before (or the next: clock skew). */
  | 'OK'
  /** Made for this session, but before the previous minute. */
  | 'EXPIRED'
  /** A well-formed code for another session. */
  | 'WRONG_SESSION'
  /** Not a code: wrong length or characters, a failed signature, or a window far in the future. */
  | 'MALFORMED';

export type CheckInCodeCheck =
  { status: 'OK'; window: number } | { status: Exclude<CheckInCodeStatus, 'OK'> };

/** The minute window `now` falls in: whole minutes since 1970-01-01T00:00Z. */
export function checkInWindow(now: Date): number {
  return Math.floor(now.getTime() / CHECK_IN_WINDOW_MS);
}

/** When the code shown at `now` is replaced: the instructor's screen refreshes then. */
export function nextCheckInCodeAt(now: Date): Date {
  return new Date((checkInWindow(now) + 1) * CHECK_IN_WINDOW_MS);
}

function key(secret: CheckInSecret): Uint8Array {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  if (bytes.length < CHECK_IN_SECRET_MIN_BYTES) {
    throw new RangeError(`the check-in secret needs at least ${CHECK_IN_SECRET_MIN_BYTES} bytes`);
  }
  return bytes;
}

// Distinct prefixes keep the tag and the MAC from ever being the same computation.
function sessionTag(secret: Uint8Array, sessionId: string): Buffer {
  return createHmac('sha256', secret)
    .update(`fascicle check-in session\0${sessionId}`)
    .digest()
    .subarray(0, TAG_BYTES);
}

function mac(secret: Uint8Array, sessionId: string, window: number): Buffer {
  return createHmac('sha256', secret)
    .update(`fascicle check-in code\0${sessionId}\0${window}`)
    .digest()
    .subarray(0, MAC_BYTES);
}

/** The code for `sessionId` in the minute `now` falls in. */
export function checkInCode(sessionId: string, now: Date, secret: CheckInSecret): string {
  const secretKey = key(secret);
  const window = checkInWindow(now);
  const windowBytes = Buffer.alloc(WINDOW_BYTES);
  windowBytes.writeUInt32BE(window);
  return Buffer.concat([
    windowBytes,
    sessionTag(secretKey, sessionId),
    mac(secretKey, sessionId, window),
  ]).toString('base64url');
}

/**
 * Checks a scanned code for `sessionId` at `now`. A code from the current or the previous
 * minute is accepted, so a scan in the last second of a minute still counts; one from the next
 * minute too, because replicas' clocks differ by a little. The session tag and the signature are
 * compared in constant time.
 */
export function verifyCheckInCode(
  code: string,
  sessionId: string,
  now: Date,
  secret: CheckInSecret,
): CheckInCodeCheck {
  const secretKey = key(secret);
  if (!CODE_PATTERN.test(code)) return { status: 'MALFORMED' };
  const bytes = Buffer.from(code, 'base64url');
  if (bytes.length !== CODE_BYTES) return { status: 'MALFORMED' };
  const window = bytes.readUInt32BE(0);
  const tag = bytes.subarray(WINDOW_BYTES, WINDOW_BYTES + TAG_BYTES);
  if (!timingSafeEqual(tag, sessionTag(secretKey, sessionId))) return { status: 'WRONG_SESSION' };
  if (
    !timingSafeEqual(bytes.subarray(WINDOW_BYTES + TAG_BYTES), mac(secretKey, sessionId, window))
  ) {
    return { status: 'MALFORMED' };
  }
  const current = checkInWindow(now);
  if (window < current - 1) return { status: 'EXPIRED' };
  if (window > current + 1) return { status: 'MALFORMED' };
  return { status: 'OK', window };
}
