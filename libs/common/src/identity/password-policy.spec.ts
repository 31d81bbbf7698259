import { passwordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts the boundaries', () => {
    expect(passwordProblem('a'.repeat(PASSWORD_MIN_LENGTH))).toBeNull();
    expect(passwordProblem('a'.repeat(PASSWORD_MAX_LENGTH))).toBeNull();
  });

  it('refuses one character short or long', () => {
    expect(passwordProblem('a'.repeat(PASSWORD_MIN_LENGTH - 1))).toBe('TOO_SHORT');
    expect(passwordProblem('a'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe('TOO_LONG');
  });

  it('counts code points, so emoji are not double-counted', () => {
    // 11 emoji are 22 UTF-16 units but 11 characters: still too short.
    expect(passwordProblem('🔒'.repeat(11))).toBe('TOO_SHORT');
    expect(passwordProblem('🔒'.repeat(12))).toBeNull();
  });
});
