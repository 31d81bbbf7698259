import { describe, expect, it } from 'vitest';
import { DEFAULT_UNIT, INCREMENT_OPTIONS, MINUTES_OPTIONS, unitText } from './contact-hour-units';

describe('an approval’s unit', () => {
  it('reads as the hour and the step', () => {
    expect(unitText({ minutesPerHour: 50, increment: 0.25 })).toBe(
      '50-minute hours, in steps of 0.25',
    );
  });

  it('offers each unit the API accepts, the default among them', () => {
    for (const option of [...MINUTES_OPTIONS, ...INCREMENT_OPTIONS]) {
      expect(option.label).toContain(option.value);
    }
    expect(MINUTES_OPTIONS.map((option) => option.value)).toContain(DEFAULT_UNIT.minutesPerHour);
    expect(INCREMENT_OPTIONS.map((option) => option.value)).toContain(DEFAULT_UNIT.increment);
  });
});
