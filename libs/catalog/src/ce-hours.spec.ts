import { ceHoursForSeatTime, ceHoursProblem } from './ce-hours.js';

describe('ceHoursProblem', () => {
  it('accepts quarter and hundredth hours up to 100', () => {
    expect(ceHoursProblem(0.25)).toBeNull();
    expect(ceHoursProblem(1.15)).toBeNull();
    expect(ceHoursProblem(100)).toBeNull();
  });

  it('refuses zero, negative, absurd and over-precise values', () => {
    expect(ceHoursProblem(0)).toBe('NOT_POSITIVE');
    expect(ceHoursProblem(-2)).toBe('NOT_POSITIVE');
    expect(ceHoursProblem(100.01)).toBe('TOO_MANY');
    expect(ceHoursProblem(1.125)).toBe('TOO_PRECISE');
    expect(ceHoursProblem(Number.NaN)).toBe('NOT_A_NUMBER');
  });
});

describe('ceHoursForSeatTime', () => {
  it('rounds seat time down to the quarter hour', () => {
    expect(ceHoursForSeatTime(60)).toBe(1);
    expect(ceHoursForSeatTime(89)).toBe(1.25);
    expect(ceHoursForSeatTime(90)).toBe(1.5);
    expect(ceHoursForSeatTime(14)).toBe(0);
  });
});
