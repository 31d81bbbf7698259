import { REMINDER_HORIZON_DAYS, reminderThreshold } from './reminder-threshold.js';

describe('reminderThreshold', () => {
  it.each<[number, number | null]>([
    [-1, null],
    [0, 7],
    [7, 7],
    [8, 30],
    [30, 30],
    [31, 60],
    [60, 60],
    [61, null],
  ])('%i days left: %s', (daysLeft, threshold) => {
    expect(reminderThreshold(daysLeft)).toBe(threshold);
  });

  it('looks as far ahead as the first threshold', () => {
    expect(REMINDER_HORIZON_DAYS).toBe(60);
    expect(reminderThreshold(REMINDER_HORIZON_DAYS)).not.toBeNull();
    expect(reminderThreshold(REMINDER_HORIZON_DAYS + 1)).toBeNull();
  });
});
