import { describe, expect, it } from 'vitest';
import { emptyObjective, objectiveRows, objectivesInput, shownKey, suggestKey } from './objectives';

describe('objective keys', () => {
  it('suggests a key from the first words of a new objective', () => {
    expect(suggestKey('Screen for red flags before needling the neck')).toBe(
      'screen-for-red-flags-before',
    );
    expect(suggestKey('  Élever la sécurité!  ')).toBe('elever-la-securite');
  });

  it('keeps an existing key when its objective is reworded', () => {
    const [row] = objectiveRows([{ key: 'safety-pneumothorax', text: 'Avoid the pleura' }]);
    expect(shownKey({ ...row!, text: 'Keep the needle off the pleura' })).toBe(
      'safety-pneumothorax',
    );
  });

  it('sends the objectives and their keys in order, empty rows dropped', () => {
    const rows = [
      { text: 'Define a trigger point', key: 'definition', keyEdited: true },
      emptyObjective(),
      { ...emptyObjective(), text: 'Screen for red flags' },
    ];
    expect(objectivesInput(rows)).toEqual({
      ok: true,
      learningObjectives: ['Define a trigger point', 'Screen for red flags'],
      objectiveKeys: ['definition', 'screen-for-red-flags'],
    });
  });

  it('names the row whose key is malformed, missing or taken', () => {
    const result = objectivesInput([
      { text: 'A', key: 'Bad Key', keyEdited: true },
      { text: 'B', key: 'same', keyEdited: true },
      { text: 'C', key: 'same', keyEdited: true },
      { text: 'D', key: '', keyEdited: true },
      { text: '', key: 'orphan', keyEdited: true },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: {
        'objectiveKeys.0':
          'Use lower-case words and digits joined by hyphens (at most 60 characters)',
        'objectiveKeys.2': 'Another objective already has this key',
        'objectiveKeys.3': 'Give the objective a key, e.g. screen-red-flags',
        'learningObjectives.4': 'Write the objective',
      },
    });
  });
});
