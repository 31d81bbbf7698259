import { describe, expect, it } from 'vitest';
import { liveEstimate, seatTimeWarning, supportedWith } from './lesson-estimate';

/** 540 words: three minutes at 180 words a minute. */
const THREE_MINUTES = Array.from({ length: 540 }, (_, i) => `word${i}`).join(' ');

describe('the lesson editor’s live estimate', () => {
  it('counts words as the server does: three minutes for 540 words, at most 3 required', () => {
    expect(liveEstimate(`> **${THREE_MINUTES}**\n\n## References\n\n- Boyce 2020`)).toMatchObject({
      words: 540,
      readingMinutes: 3,
      source: 'WORD_COUNT',
      maxSeatTimeMinutes: 3,
      pilotLapses: false,
    });
  });

  it('keeps a pilot for the saved text and says an edit would make it stale', () => {
    const saved = {
      bodyMarkdown: THREE_MINUTES,
      pilot: { testers: 4, medianMinutes: 8, stale: false },
    };
    expect(liveEstimate(THREE_MINUTES, saved)).toMatchObject({
      minutes: 8,
      source: 'PILOT',
      maxSeatTimeMinutes: 9,
      pilotLapses: false,
    });
    expect(liveEstimate(`${THREE_MINUTES} more`, saved)).toMatchObject({
      source: 'WORD_COUNT',
      pilotLapses: true,
    });
  });

  it('ignores a stale pilot', () => {
    const saved = {
      bodyMarkdown: THREE_MINUTES,
      pilot: { testers: 4, medianMinutes: 8, stale: true },
    };
    expect(liveEstimate(THREE_MINUTES, saved)).toMatchObject({
      source: 'WORD_COUNT',
      pilotLapses: false,
    });
  });

  it('warns when the seat time typed is more than the text supports', () => {
    const estimate = liveEstimate(THREE_MINUTES);
    expect(seatTimeWarning('3', estimate)).toBeNull();
    expect(seatTimeWarning('10', estimate)).toBe(
      '10 minutes is more than this text supports: require at most 3, add content, or record a pilot.',
    );
    expect(seatTimeWarning('ten', estimate)).toBeNull();
  });

  it('recomputes the course’s supported minutes with the lesson’s new estimate', () => {
    expect(supportedWith({ lessonMinutes: 10.5, quizMinutes: 7.4 }, 3, 6.2)).toBe(21);
  });
});
