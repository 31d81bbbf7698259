import { describe, expect, it } from 'vitest';
import {
  answerKeyProblem,
  emptyQuestion,
  markCorrect,
  optionsForType,
  removeOption,
  type OptionDraft,
} from './question-draft';

const options = (...marks: [string, boolean][]): OptionDraft[] =>
  marks.map(([text, isCorrect]) => ({ text, isCorrect }));

describe('question options by type', () => {
  it('gives a true/false question True and False, keeping which one was right', () => {
    expect(optionsForType('TRUE_FALSE', options(['a', true], ['b', false]))).toEqual(
      options(['True', true], ['False', false]),
    );
    expect(optionsForType('TRUE_FALSE', options(['True', false], ['False', true]))).toEqual(
      options(['True', false], ['False', true]),
    );
    expect(optionsForType('TRUE_FALSE', options(['a', false], ['b', false]))).toEqual(
      options(['True', false], ['False', false]),
    );
  });

  it('keeps only the first right answer of a single-choice question', () => {
    expect(
      optionsForType('SINGLE_CHOICE', options(['a', false], ['b', true], ['c', true])),
    ).toEqual(options(['a', false], ['b', true], ['c', false]));
    expect(optionsForType('SINGLE_CHOICE', options(['a', false], ['b', false]))).toEqual(
      options(['a', false], ['b', false]),
    );
  });

  it('gives a multiple-choice question at least three options', () => {
    expect(optionsForType('MULTIPLE_CHOICE', options(['True', true], ['False', false]))).toEqual(
      options(['True', true], ['False', false], ['', false]),
    );
  });

  it('marks one right answer for single choice, several for multiple choice', () => {
    const three = options(['a', true], ['b', false], ['c', false]);
    expect(markCorrect('SINGLE_CHOICE', three, 2, true)).toEqual(
      options(['a', false], ['b', false], ['c', true]),
    );
    expect(markCorrect('MULTIPLE_CHOICE', three, 2, true)).toEqual(
      options(['a', true], ['b', false], ['c', true]),
    );
    expect(markCorrect('MULTIPLE_CHOICE', three, 0, false)).toEqual(
      options(['a', false], ['b', false], ['c', false]),
    );
  });

  it('leaves no key when the right option is removed, rather than guessing one', () => {
    expect(removeOption(options(['a', true], ['b', false], ['c', false]), 0)).toEqual(
      options(['b', false], ['c', false]),
    );
  });

  it('starts a new question with no option marked correct, and names the missing key', () => {
    const draft = emptyQuestion('safety');
    expect(draft.options.some((o) => o.isCorrect)).toBe(false);
    expect(answerKeyProblem(draft)).toMatch(/^Options and answer key: choose the correct option/);
    expect(answerKeyProblem({ ...draft, type: 'MULTIPLE_CHOICE' })).toMatch(/tick every correct/);
    expect(
      answerKeyProblem({ ...draft, options: markCorrect('SINGLE_CHOICE', draft.options, 1, true) }),
    ).toBeUndefined();
  });
});
