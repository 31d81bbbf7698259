import { describe, expect, it } from 'vitest';
import { handsOnSummary } from './hands-on-summary';

describe('handsOnSummary', () => {
  it('says a program without hands-on requirements is coursework', () => {
    expect(handsOnSummary(null)).toBe('Courses only: a coursework credential.');
  });

  it('names the lab hours, the exam, the sessions and the supervisor rule', () => {
    expect(
      handsOnSummary({
        liveMinutes: [{ sessionKind: 'LAB', minimumMinutes: 3000 }],
        practicalExam: true,
        supervisedSessions: { minimumCount: 25, withinDays: null },
        supervisorRule: { citation: 'Fla. Admin. Code R. 64B17-6.008' },
      }),
    ).toBe(
      'Beyond its courses: 50 hours of in-person lab sessions, a passed practical examination, 25 confirmed supervised sessions. Supervisors must meet Fla. Admin. Code R. 64B17-6.008.',
    );
    expect(
      handsOnSummary({
        liveMinutes: [],
        practicalExam: false,
        supervisedSessions: { minimumCount: 250, withinDays: 1095 },
        supervisorRule: null,
      }),
    ).toBe('Beyond its courses: 250 confirmed supervised sessions within 1095 days of starting.');
  });
});
