import { describe, expect, it } from 'vitest';
import { unitText } from './contact-hour-units';

describe('an approval’s unit', () => {
  it('reads as the hour and the step', () => {
    expect(unitText({ minutesPerHour: 50, increment: 0.25 })).toBe(
      '50-minute hours, in steps of 0.25',
    );
  });
});
