import { describe, expect, it } from 'vitest';
import { EMPTY_ACCOMMODATION, parseAccommodation } from './accommodation-draft';

describe('granting an accommodation', () => {
  it('needs a learner, something to grant and a reason', () => {
    expect(parseAccommodation(EMPTY_ACCOMMODATION)).toEqual({
      ok: false,
      errors: {
        userId: 'Find the learner and choose them',
        extraAttempts: 'Grant extra attempts, extra time, or both',
        reason: 'Give the reason in 10 to 2000 characters: it is kept and audited',
      },
    });
  });

  it('keeps to the API’s bounds', () => {
    expect(
      parseAccommodation({
        userId: 'u-1',
        extraAttempts: '21',
        extraTimePercent: 'half',
        reason: 'Documented disability: time and a half.',
      }),
    ).toEqual({
      ok: false,
      errors: {
        extraAttempts: 'Enter 0 to 20 attempts',
        extraTimePercent: 'Enter a whole number of percent',
      },
    });
  });

  it('sends whole numbers and the trimmed reason', () => {
    expect(
      parseAccommodation({
        userId: 'u-1',
        extraAttempts: '',
        extraTimePercent: '50',
        reason: ' Documented disability: time and a half. ',
      }),
    ).toEqual({
      ok: true,
      values: {
        userId: 'u-1',
        extraAttempts: 0,
        extraTimePercent: 50,
        reason: 'Documented disability: time and a half.',
      },
    });
  });
});
