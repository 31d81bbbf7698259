import { describe, expect, it } from 'vitest';
import { approvalLine, shortSummary } from './course-card';

const LONG =
  'What happens when a filament needle enters a trigger point, and how sure can we be? This course works through the proposed mechanisms of trigger point dry needling in the order a needle meets them.';

describe('shortSummary', () => {
  it('leaves a short summary alone, with its spaces tidied', () => {
    expect(shortSummary('  A one-minute refresher\n  on pneumothorax risk. ')).toBe(
      'A one-minute refresher on pneumothorax risk.',
    );
  });

  it('ends a long summary at its first sentence when that fits', () => {
    expect(shortSummary(LONG)).toBe(
      'What happens when a filament needle enters a trigger point, and how sure can we be?',
    );
  });

  it('cuts a long first sentence at a word, with an ellipsis, within the limit', () => {
    const sentence =
      'The first course of the Trigger Point Dry Needling program defines what a myofascial trigger point is, how unreliable palpation can be, why the technique is called dry, and what the trials say.';
    const short = shortSummary(sentence, 100);
    expect(short).toBe(
      'The first course of the Trigger Point Dry Needling program defines what a myofascial trigger point…',
    );
    expect(short.length).toBeLessThanOrEqual(101);
  });

  it('does not end at an abbreviation near the start', () => {
    const text = `Dr. Okafor ${'explains the evidence for needling '.repeat(8)}`;
    expect(shortSummary(text, 80)).toMatch(/^Dr\. Okafor explains .*…$/);
  });

  it('cuts inside a single word longer than the limit', () => {
    expect(shortSummary('x'.repeat(300), 50)).toBe(`${'x'.repeat(50)}…`);
  });
});

describe('approvalLine', () => {
  it('names no approval as none', () => {
    expect(approvalLine([])).toBeNull();
  });

  it('names one or two approving bodies', () => {
    expect(approvalLine(['Colorado Physical Therapy Board'])).toBe(
      'Approved: Colorado Physical Therapy Board',
    );
    expect(approvalLine(['Colorado board', 'Texas board'])).toBe(
      'Approved: Colorado board, Texas board',
    );
  });

  it('counts the rest past two', () => {
    expect(approvalLine(['A', 'B', 'C', 'D'])).toBe('Approved: A, B and 2 more');
  });
});
