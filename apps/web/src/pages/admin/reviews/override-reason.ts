/** The API's bounds for an override's reason (OverrideCreditGatesInput.reason). */
export const OVERRIDE_REASON_MIN = 20;
export const OVERRIDE_REASON_MAX = 2000;

/** Why the reason cannot be sent yet, or null. */
export function overrideReasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length === 0) return 'Write why credit is justified despite the gates.';
  if (length < OVERRIDE_REASON_MIN) {
    return `Write at least ${OVERRIDE_REASON_MIN} characters (${length} so far): a reviewer and an auditor will read it.`;
  }
  if (length > OVERRIDE_REASON_MAX) return `Keep it to ${OVERRIDE_REASON_MAX} characters.`;
  return null;
}
