import { describe, expect, it } from 'vitest';
import { itemFlags } from './item-flags';

describe('itemFlags', () => {
  it('raises nothing for a question that works', () => {
    expect(itemFlags({ facility: 0.7, discrimination: 0.45 })).toEqual([]);
  });

  it('flags facility below 0.3 and above 0.95, not at the limits', () => {
    expect(itemFlags({ facility: 0.29, discrimination: 0.5 })).toEqual(['HARD']);
    expect(itemFlags({ facility: 0.3, discrimination: 0.5 })).toEqual([]);
    expect(itemFlags({ facility: 0.95, discrimination: 0.5 })).toEqual([]);
    expect(itemFlags({ facility: 0.96, discrimination: 0.5 })).toEqual(['EASY']);
  });

  it('flags discrimination below 0.2, and a negative one as a possible wrong key', () => {
    expect(itemFlags({ facility: 0.6, discrimination: 0.19 })).toEqual(['LOW_DISCRIMINATION']);
    expect(itemFlags({ facility: 0.6, discrimination: 0.2 })).toEqual([]);
    expect(itemFlags({ facility: 0.6, discrimination: -0.1 })).toEqual(['NEGATIVE_DISCRIMINATION']);
  });

  it('combines flags', () => {
    expect(itemFlags({ facility: 0.1, discrimination: 0.05 })).toEqual([
      'HARD',
      'LOW_DISCRIMINATION',
    ]);
  });

  it('judges the number as shown, to two decimals', () => {
    expect(itemFlags({ facility: 0.6, discrimination: 0.198 })).toEqual([]);
    expect(itemFlags({ facility: 0.6, discrimination: 0.194 })).toEqual(['LOW_DISCRIMINATION']);
    expect(itemFlags({ facility: 0.296, discrimination: 0.5 })).toEqual([]);
  });

  it('says nothing without responses', () => {
    expect(itemFlags({ facility: null, discrimination: null })).toEqual([]);
    expect(itemFlags({ facility: 1, discrimination: null })).toEqual(['EASY']);
  });
});
