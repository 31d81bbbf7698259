import { accommodatedPolicy, nextAttemptAt, NO_ACCOMMODATION } from './attempt-policy.js';

describe('accommodatedPolicy', () => {
  const policy = { maxAttempts: 3, timeLimitSeconds: 3600, retakeWaitMinutes: 10 };

  it('adds attempts and time', () => {
    expect(accommodatedPolicy(policy, { extraAttempts: 2, extraTimePercent: 50 })).toEqual({
      maxAttempts: 5,
      timeLimitSeconds: 5400,
      retakeWaitMinutes: 10,
    });
    expect(accommodatedPolicy(policy, NO_ACCOMMODATION)).toEqual(policy);
  });

  it('leaves unlimited and untimed alone', () => {
    expect(
      accommodatedPolicy(
        { maxAttempts: null, timeLimitSeconds: null, retakeWaitMinutes: 0 },
        { extraAttempts: 1, extraTimePercent: 100 },
      ),
    ).toEqual({ maxAttempts: null, timeLimitSeconds: null, retakeWaitMinutes: 0 });
  });
});

describe('nextAttemptAt', () => {
  const failed = new Date('2026-12-03T10:00:00Z');

  it('waits after a failed attempt', () => {
    expect(nextAttemptAt(failed, 10, new Date('2026-12-03T10:05:00Z'))).toEqual(
      new Date('2026-12-03T10:10:00Z'),
    );
    expect(nextAttemptAt(failed, 10, new Date('2026-12-03T10:10:00Z'))).toBeNull();
    expect(nextAttemptAt(null, 10, failed)).toBeNull();
    expect(nextAttemptAt(failed, 0, failed)).toBeNull();
  });
});
