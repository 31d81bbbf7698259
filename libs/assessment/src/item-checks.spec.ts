import {
  echoedLesson,
  itemWarnings,
  keyIsUniquelyLongest,
  lessonRuns,
  nearDuplicateStems,
  type CheckedItem,
} from './item-checks.js';
import { QuestionType } from './question-type.js';

const choice = (stem: string, ...options: [string, boolean][]): CheckedItem => ({
  id: stem,
  type: QuestionType.SINGLE_CHOICE,
  stem,
  options: options.map(([text, isCorrect]) => ({ text, isCorrect })),
});
const codes = (item: CheckedItem) => itemWarnings(item).map((warning) => warning.code);

describe('keyIsUniquelyLongest', () => {
  it('is true only when the key is strictly longer than every other option', () => {
    expect(keyIsUniquelyLongest(choice('q', ['a much longer key', true], ['short', false]))).toBe(
      true,
    );
    expect(keyIsUniquelyLongest(choice('q', ['same', true], ['also', false]))).toBe(false);
    expect(keyIsUniquelyLongest(choice('q', ['key', true], ['longer one', false]))).toBe(false);
  });

  it('ignores Markdown emphasis when measuring', () => {
    expect(keyIsUniquelyLongest(choice('q', ['**abc**', true], ['abcd', false]))).toBe(false);
  });
});

describe('itemWarnings', () => {
  it('flags the longest key', () => {
    expect(
      codes(choice('q', ['the long, qualified, complete answer', true], ['no', false])),
    ).toEqual(['KEY_IS_LONGEST']);
  });

  it('flags absolute words that appear only in distractors, or only in the key', () => {
    expect(codes(choice('q', ['It may help', true], ['It always works', false]))).toContain(
      'ABSOLUTES_ONLY_IN_DISTRACTORS',
    );
    expect(codes(choice('q', ['Never in pregnancy', true], ['Rarely matters', false]))).toContain(
      'ABSOLUTES_ONLY_IN_KEY',
    );
    expect(codes(choice('q', ['Never A', true], ['Always B', false]))).not.toContain(
      'ABSOLUTES_ONLY_IN_KEY',
    );
  });

  it('flags all and none of the above', () => {
    expect(codes(choice('q', ['A', true], ['B', false], ['All of the above', false]))).toContain(
      'ALL_OR_NONE_OF_THE_ABOVE',
    );
  });

  it('passes a clean item', () => {
    expect(codes(choice('q', ['Bruising', true], ['Syncope', false], ['Fracture', false]))).toEqual(
      [],
    );
  });
});

describe('nearDuplicateStems', () => {
  it('pairs stems that ask the same thing in nearly the same words', () => {
    const items = [
      choice('Which structure lies deep to the trapezius at T4?', ['a', true]),
      choice('Which structure lies deep to trapezius at T4?', ['a', true]),
      choice('What is a local twitch response?', ['a', true]),
    ];
    expect(nearDuplicateStems(items)).toEqual([[0, 1]]);
  });
});

describe('echoedLesson', () => {
  const runs = lessonRuns([
    {
      title: 'Pneumothorax',
      text: 'A slim 24-year-old swimmer was needled over the upper trapezius and felt short of breath that evening.',
    },
  ]);

  it('finds a stem copied from a lesson', () => {
    expect(
      echoedLesson(
        'A slim 24-year-old swimmer was needled over the upper trapezius and felt short of breath. What next?',
        runs,
      ),
    ).toBe('Pneumothorax');
  });

  it('passes a new case', () => {
    expect(
      echoedLesson(
        'A 61-year-old with COPD asks about needling near the scapula. What next?',
        runs,
      ),
    ).toBeNull();
  });
});
