import { describe, expect, it } from 'vitest';
import { optionNote } from './option-notes';

describe('notes on an option', () => {
  const key = { isKey: true, picks: 4 };
  it('notes a distractor no one chose, and one chosen more than the key', () => {
    const unused = { isKey: false, picks: 0 };
    const popular = { isKey: false, picks: 6 };
    const fair = { isKey: false, picks: 2 };
    const all = [key, unused, popular, fair];
    expect(optionNote(unused, all, 12)).toMatch(/Never chosen/);
    expect(optionNote(popular, all, 12)).toMatch(/more often than the key/);
    expect(optionNote(fair, all, 12)).toBeNull();
    expect(optionNote(key, all, 12)).toBeNull();
  });

  it('says nothing before any response', () => {
    expect(optionNote({ isKey: false, picks: 0 }, [key], 0)).toBeNull();
  });
});
