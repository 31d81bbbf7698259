import { describe, expect, it } from 'vitest';
import { hoursRows, minutesText, sentence, wholeMinutes } from './credit-format';

describe('credit figures in words', () => {
  it('writes minutes with at most one decimal', () => {
    expect(minutesText(12)).toBe('12 min');
    expect(minutesText(3.04)).toBe('3 min');
    expect(minutesText(7.4)).toBe('7.4 min');
    expect(minutesText(0.04)).toBe('under 0.1 min');
    expect(minutesText(0)).toBe('0 min');
    expect(wholeMinutes(1)).toBe('1 minute');
    expect(wholeMinutes(480)).toBe('480 minutes');
  });

  it('pairs claimed and supported hours by approval', () => {
    const claimed = [
      {
        label: 'Florida PT board',
        approvalNumber: 'FL-1',
        text: '9.5 contact hours of 50 minutes',
      },
      {
        label: 'Default (60-minute hours)',
        approvalNumber: null,
        text: '8 contact hours of 60 minutes',
      },
    ];
    const supported = [
      { label: 'Florida PT board', approvalNumber: 'FL-1', text: '0 contact hours of 50 minutes' },
      {
        label: 'Default (60-minute hours)',
        approvalNumber: null,
        text: '0 contact hours of 60 minutes',
      },
    ];
    expect(hoursRows(claimed, supported)).toEqual([
      {
        label: 'Florida PT board (FL-1)',
        claimed: '9.5 contact hours of 50 minutes',
        supported: '0 contact hours of 50 minutes',
      },
      {
        label: 'Default (60-minute hours)',
        claimed: '8 contact hours of 60 minutes',
        supported: '0 contact hours of 60 minutes',
      },
    ]);
  });

  it('makes a sentence of an API clause', () => {
    expect(sentence('the course claims 480 minutes')).toBe('The course claims 480 minutes.');
    expect(sentence('Already a sentence.')).toBe('Already a sentence.');
  });
});
