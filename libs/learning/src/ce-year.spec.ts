import { hoursByYear } from './ce-year.js';

describe('hoursByYear', () => {
  it('sums hours per year of completion, years ascending', () => {
    expect(
      hoursByYear([
        { completedOn: '2026-03-01', ceHours: 2 },
        { completedOn: '2025-12-31', ceHours: 1.5 },
        { completedOn: '2026-01-01', ceHours: 0.75 },
      ]),
    ).toEqual({
      years: [
        { year: 2025, hours: 1.5 },
        { year: 2026, hours: 2.75 },
      ],
      totalHours: 4.25,
    });
  });

  it('does not drift the way float sums do', () => {
    const rows = [0.1, 0.2, 0.1, 0.2, 0.1, 0.2].map((ceHours) => ({
      completedOn: '2026-05-05',
      ceHours,
    }));
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(hoursByYear(rows)).toEqual({ years: [{ year: 2026, hours: 0.9 }], totalHours: 0.9 });
  });

  it('is empty without rows', () => {
    expect(hoursByYear([])).toEqual({ years: [], totalHours: 0 });
  });

  it('refuses a malformed date rather than filing the hours under a wrong year', () => {
    expect(() => hoursByYear([{ completedOn: '03/01/2026', ceHours: 1 }])).toThrow(RangeError);
  });

  it('refuses hours that are negative or not a number', () => {
    expect(() => hoursByYear([{ completedOn: '2026-01-01', ceHours: -1 }])).toThrow(RangeError);
    expect(() => hoursByYear([{ completedOn: '2026-01-01', ceHours: Number.NaN }])).toThrow(
      RangeError,
    );
  });
});
