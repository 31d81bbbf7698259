import {
  contactHours,
  DEFAULT_CONTACT_HOUR,
  describeCeHours,
  describeContactHours,
} from './contact-hours.js';

describe('contactHours', () => {
  it('counts in the approving body’s hour and step, rounding down', () => {
    expect(contactHours(95, { minutesPerHour: 50, increment: 0.25 })).toBe(1.75);
    expect(contactHours(95, { minutesPerHour: 50, increment: 0.5 })).toBe(1.5);
    expect(contactHours(95, DEFAULT_CONTACT_HOUR)).toBe(1.5);
    expect(contactHours(89, DEFAULT_CONTACT_HOUR)).toBe(1.25);
    expect(contactHours(100, { minutesPerHour: 50, increment: 1 })).toBe(2);
  });

  it('gives clean tenths and nothing for no time', () => {
    expect(contactHours(18, { minutesPerHour: 60, increment: 0.1 })).toBe(0.3);
    expect(contactHours(0, DEFAULT_CONTACT_HOUR)).toBe(0);
    expect(contactHours(14, DEFAULT_CONTACT_HOUR)).toBe(0);
  });
});

describe('describeContactHours', () => {
  it('names the unit', () => {
    expect(describeContactHours(1.5, { minutesPerHour: 50, increment: 0.5 })).toBe(
      '1.5 contact hours of 50 minutes',
    );
    expect(describeContactHours(1, DEFAULT_CONTACT_HOUR)).toBe('1 contact hour of 60 minutes');
  });
});

describe('describeCeHours', () => {
  it('counts in the singular and the plural, without float noise', () => {
    expect(describeCeHours(1)).toBe('1 CE hour');
    expect(describeCeHours(0.25)).toBe('0.25 CE hours');
    expect(describeCeHours(0.1 + 0.2)).toBe('0.3 CE hours');
  });
});
