/**
 * Length is the policy (NIST SP 800-63B): at least 12 characters, at most 128 so that
 * hashing cost stays bounded. No composition rules, which push people to predictable
 * substitutions. Length is counted in Unicode code points, not UTF-16 units.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG';

export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  return null;
}
