import { isCalendarDate } from './calendar-date.js';
import { forbiddenCharacter } from './forbidden-characters.js';
import { hygieneProblems } from './input-hygiene.js';

describe('forbiddenCharacter', () => {
  it('finds the first NUL, invisible or direction-changing character, by code point', () => {
    expect(forbiddenCharacter('Pat Therapist')).toBeNull();
    expect(forbiddenCharacter('ab\u0000')).toEqual({
      codePoint: 'U+0000',
      position: 3,
      kind: 'NUL',
    });
    expect(forbiddenCharacter('\u{1F600}\u202Ex\u200B')).toEqual({
      codePoint: 'U+202E',
      position: 2,
      kind: 'DIRECTION',
    });
    expect(forbiddenCharacter('x\u2060')?.kind).toBe('INVISIBLE');
    expect(forbiddenCharacter('\u061C')?.kind).toBe('DIRECTION');
  });

  it('lets only NUL be refused where any visibility is allowed', () => {
    expect(forbiddenCharacter('a\u200Db\u202E', { anyVisibility: true })).toBeNull();
    expect(forbiddenCharacter('a\u200D\u0000', { anyVisibility: true })?.kind).toBe('NUL');
  });

  it('keeps ordinary accents, scripts and emoji', () => {
    expect(forbiddenCharacter('José Núñez, PT — 物理治疗 😀 שלום')).toBeNull();
  });
});

describe('hygieneProblems', () => {
  it('names a plain argument by its name and an input field by its path', () => {
    expect(hygieneProblems('a\u0000', 'slug')).toEqual([
      { field: 'slug', message: 'Slug holds a NUL character (U+0000) at position 2; remove it' },
    ]);
    const input = { title: 'ok', references: [{ citation: 'ok' }, { citation: 'x\u202E' }] };
    expect(hygieneProblems(input, 'input').map((p) => p.field)).toEqual(['references.1.citation']);
    expect(hygieneProblems(['ok', '\uFEFF'], 'tags').map((p) => p.field)).toEqual(['tags.1']);
  });

  it('lets a password hold any character but NUL', () => {
    expect(hygieneProblems({ password: 'a\u200Db', newPassword: '\u202E' }, 'input')).toEqual([]);
    expect(hygieneProblems({ currentPassword: '\u0000' }, 'input')[0]?.field).toBe(
      'currentPassword',
    );
    expect(hygieneProblems({ displayName: 'a\u200Db' }, 'input')[0]?.field).toBe('displayName');
  });

  it('refuses a date outside 1900-01-01 to 2199-12-31', () => {
    expect(hygieneProblems({ at: new Date('2199-12-31T23:59:59Z') }, 'input')).toEqual([]);
    expect(hygieneProblems({ at: new Date('1899-12-31T23:59:59Z') }, 'input')[0]?.field).toBe('at');
    expect(hygieneProblems(new Date('2200-01-01T00:00:00Z'), 'at')[0]?.field).toBe('at');
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['1900-01-01', true],
    ['2199-12-31', true],
    ['2024-02-29', true],
    ['2026-02-30', false],
    ['0000-01-01', false],
    ['1899-12-31', false],
    ['2200-01-01', false],
    ['24-01-01', false],
  ])('%s: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
