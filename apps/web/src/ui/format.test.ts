import { describe, expect, it } from 'vitest';
import { date, decimal, duration, percent, plural } from './format';

describe('numbers and dates in words', () => {
  it('writes a duration in hours and minutes', () => {
    expect(duration(45)).toBe('45 min');
    expect(duration(120)).toBe('2 h');
    expect(duration(95)).toBe('1 h 35 min');
  });

  it('dates a calendar day in UTC, whatever the reader’s zone', () => {
    expect(date('2026-03-01')).toBe(date('2026-03-01T23:30:00Z'));
    expect(date(null)).toBe('—');
  });

  it('counts, shares and statistics', () => {
    expect(plural(1, 'bank')).toBe('1 bank');
    expect(plural(3, 'quiz', 'quizzes')).toBe('3 quizzes');
    expect(percent(0.734)).toBe('73%');
    expect(percent(null)).toBe('—');
    expect(decimal(0.4567)).toBe('0.46');
  });
});
