import { objectiveKeysFor, objectiveKeysProblem } from './objective-keys.js';

describe('objectiveKeysFor', () => {
  it('keeps keys by position and names new objectives', () => {
    expect(objectiveKeysFor(3, null, ['palpation', 'objective-2'])).toEqual([
      'palpation',
      'objective-2',
      'objective-1',
    ]);
    expect(objectiveKeysFor(1, null, ['a', 'b'])).toEqual(['a']);
    expect(objectiveKeysFor(2, ['x', 'y'], ['a', 'b'])).toEqual(['x', 'y']);
  });
});

describe('objectiveKeysProblem', () => {
  it('wants one well-formed, distinct key per objective', () => {
    expect(objectiveKeysProblem(['a', 'b-c'], 2)).toBeNull();
    expect(objectiveKeysProblem(['a'], 2)).toMatch(/one key per objective/);
    expect(objectiveKeysProblem(['A b', 'c'], 2)).toMatch(/not a key/);
    expect(objectiveKeysProblem(['a', 'a'], 2)).toMatch(/its own key/);
  });
});
