import {
  checkInCode,
  checkInWindow,
  nextCheckInCodeAt,
  verifyCheckInCode,
} from './check-in-code.js';

const secret = 'a test secret of at least thirty-two bytes';
const session = '3f0c8a52-7d1e-4c1b-9a51-2b7e4f6d0a11';
const other = '9b2d1e77-0c4a-4f3e-8d6b-5a1c2e3f4b55';
const at = (hhmmss: string) => new Date(`2026-03-14T${hhmmss}Z`);

describe('check-in codes', () => {
  it('are 20 URL-safe characters that change each minute and differ per session', () => {
    const code = checkInCode(session, at('09:00:10'), secret);
    expect(code).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(checkInCode(session, at('09:00:59.999'), secret)).toBe(code);
    expect(checkInCode(session, at('09:01:00'), secret)).not.toBe(code);
    expect(checkInCode(other, at('09:00:10'), secret)).not.toBe(code);
    expect(checkInCode(session, at('09:00:10'), `${secret}!`)).not.toBe(code);
  });

  it('verify in the minute they were made and the next, and expire after that', () => {
    const code = checkInCode(session, at('09:00:10'), secret);
    expect(verifyCheckInCode(code, session, at('09:00:10'), secret)).toEqual({
      status: 'OK',
      window: checkInWindow(at('09:00:00')),
    });
    expect(verifyCheckInCode(code, session, at('09:01:59.999'), secret).status).toBe('OK');
    expect(verifyCheckInCode(code, session, at('09:02:00'), secret)).toEqual({
      status: 'EXPIRED',
    });
  });

  it('accept a code from the next minute (clock skew) but not one from further ahead', () => {
    expect(
      verifyCheckInCode(
        checkInCode(session, at('09:01:00'), secret),
        session,
        at('09:00:59'),
        secret,
      ).status,
    ).toBe('OK');
    expect(
      verifyCheckInCode(
        checkInCode(session, at('09:02:00'), secret),
        session,
        at('09:00:59'),
        secret,
      ).status,
    ).toBe('MALFORMED');
  });

  it("refuse another session's code", () => {
    const code = checkInCode(other, at('09:00:10'), secret);
    expect(verifyCheckInCode(code, session, at('09:00:10'), secret)).toEqual({
      status: 'WRONG_SESSION',
    });
  });

  it('refuse a code made with another secret or altered in any character', () => {
    const code = checkInCode(session, at('09:00:10'), secret);
    expect(verifyCheckInCode(code, session, at('09:00:10'), `${secret}!`).status).not.toBe('OK');
    for (let i = 0; i < code.length; i++) {
      const swapped = code[i] === 'A' ? 'B' : 'A';
      const altered = code.slice(0, i) + swapped + code.slice(i + 1);
      expect(verifyCheckInCode(altered, session, at('09:00:10'), secret).status).not.toBe('OK');
    }
  });

  it('call anything that is not 20 base64url characters malformed', () => {
    const code = checkInCode(session, at('09:00:10'), secret);
    for (const bad of ['', code.slice(1), `${code}A`, `${code.slice(1)}=`, `${code.slice(1)}+`]) {
      expect(verifyCheckInCode(bad, session, at('09:00:10'), secret)).toEqual({
        status: 'MALFORMED',
      });
    }
  });

  it('refuse a secret shorter than 32 bytes', () => {
    expect(() => checkInCode(session, at('09:00:10'), 'short')).toThrow(RangeError);
    expect(() => verifyCheckInCode('x', session, at('09:00:10'), new Uint8Array(31))).toThrow(
      RangeError,
    );
  });

  it('tell the screen when to show the next code', () => {
    expect(nextCheckInCodeAt(at('09:00:10'))).toEqual(at('09:01:00'));
    expect(nextCheckInCodeAt(at('09:01:00'))).toEqual(at('09:02:00'));
  });
});
