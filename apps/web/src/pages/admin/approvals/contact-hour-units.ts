/**
 * The units an approval counts hours in (RecordCourseApprovalInput): most PT boards count 50
 * minutes as a contact hour, IACET and nursing 60; the step is a quarter, half or whole hour,
 * or IACET's tenth.
 */
export const CONTACT_HOUR_MINUTES = [
  { value: '60', label: '60 minutes (IACET, nursing)' },
  { value: '50', label: '50 minutes (most PT boards)' },
] as const;

export const CONTACT_HOUR_INCREMENTS = [
  { value: '0.25', label: 'Quarter hour (0.25)' },
  { value: '0.5', label: 'Half hour (0.5)' },
  { value: '1', label: 'Whole hour (1)' },
  { value: '0.1', label: 'Tenth of an hour (0.1)' },
] as const;

/** "50-minute hours, in steps of 0.25" */
export function unitText(unit: { minutesPerHour: number; increment: number }): string {
  return `${unit.minutesPerHour}-minute hours, in steps of ${unit.increment}`;
}
