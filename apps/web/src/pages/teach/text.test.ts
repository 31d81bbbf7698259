import { describe, expect, it } from 'vitest';
import { moveItem } from './reorder';
import {
  linesToList,
  parseDecimal,
  parseOptionalWhole,
  parseWhole,
  slugFromTitle,
  tagsFromText,
} from './text';

describe('form text', () => {
  it('reads one item per non-empty line', () => {
    expect(linesToList(' Needle safely \n\n  Explain risks\n')).toEqual([
      'Needle safely',
      'Explain risks',
    ]);
  });

  it('reads tags separated by commas or lines', () => {
    expect(tagsFromText('dry-needling, safety\nanatomy,')).toEqual([
      'dry-needling',
      'safety',
      'anatomy',
    ]);
  });

  it('suggests a slug from a title', () => {
    expect(slugFromTitle('Dry Needling: Safety & Éthique  101')).toBe(
      'dry-needling-safety-ethique-101',
    );
    expect(slugFromTitle('  --  ')).toBe('');
  });

  it('reads optional whole numbers: empty is none', () => {
    expect(parseOptionalWhole('')).toEqual({ ok: true, value: null });
    expect(parseOptionalWhole(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseOptionalWhole('1.5').ok).toBe(false);
    expect(parseWhole('').ok).toBe(false);
  });

  it('reads decimals with a point or a comma', () => {
    expect(parseDecimal('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseDecimal('0.75')).toEqual({ ok: true, value: 0.75 });
    expect(parseDecimal('abc').ok).toBe(false);
  });
});

describe('moveItem', () => {
  it('moves up and down within the list', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the list alone at its ends', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
