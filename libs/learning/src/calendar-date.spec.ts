import {
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  parseCalendarDate,
} from './calendar-date.js';

describe('calendar dates', () => {
  it('parses and formats YYYY-MM-DD', () => {
    expect(parseCalendarDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(formatCalendarDate({ year: 2026, month: 3, day: 9 })).toBe('2026-03-09');
  });

  it('knows leap years', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('refuses dates that do not exist or are not in the format', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-1', '']) {
      expect(() => parseCalendarDate(bad)).toThrow(RangeError);
    }
    expect(() => parseCalendarDate('2026-03-09T00:00:00Z')).toThrow(RangeError);
  });

  it('counts the days between two dates, across months, leap days and backwards', () => {
    expect(daysBetween('2026-03-09', '2026-03-09')).toBe(0);
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-09', '2026-03-01')).toBe(-8);
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});
