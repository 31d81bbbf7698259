/** Days before a credential's expiry at which its holder and their clinic admins are told. */
export const REMINDER_THRESHOLDS: readonly number[] = [60, 30, 7];

/** How far ahead a certificate can be due a reminder: its first threshold. */
export const REMINDER_HORIZON_DAYS = Math.max(...REMINDER_THRESHOLDS);

/**
 * The threshold a certificate `daysLeft` days from expiry has reached: the nearest one, so a
 * certificate found late gets one reminder, not a burst of old ones. null when it is further
 * off than every threshold, or already expired.
 */
export function reminderThreshold(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const reached = REMINDER_THRESHOLDS.filter((threshold) => daysLeft <= threshold);
  return reached.length > 0 ? Math.min(...reached) : null;
}
