import { questionProblems, trueFalseOptions } from './question-rules.js';
import { QuestionType } from './question-type.js';

const option = (text: string, isCorrect = false) => ({ text, isCorrect });

describe('questionProblems', () => {
  it('accepts a well-formed question of each type', () => {
    expect(questionProblems(QuestionType.SINGLE_CHOICE, [option('A', true), option('B')])).toEqual(
      [],
    );
    expect(
      questionProblems(QuestionType.MULTIPLE_CHOICE, [
        option('A', true),
        option('B', true),
        option('C'),
      ]),
    ).toEqual([]);
    expect(questionProblems(QuestionType.TRUE_FALSE, trueFalseOptions(false))).toEqual([]);
  });

  it('wants exactly one correct option in a single-choice question', () => {
    expect(
      questionProblems(QuestionType.SINGLE_CHOICE, [option('A', true), option('B', true)]),
    ).toContain('a single-choice question has exactly one correct option');
    expect(questionProblems(QuestionType.SINGLE_CHOICE, [option('A'), option('B')])).toContain(
      'a single-choice question has exactly one correct option',
    );
  });

  it('wants at least one correct and one incorrect option in a multiple-choice question', () => {
    const allCorrect = [option('A', true), option('B', true), option('C', true)];
    expect(questionProblems(QuestionType.MULTIPLE_CHOICE, allCorrect)).toContain(
      'a multiple-choice question has at least one incorrect option',
    );
    const noneCorrect = [option('A'), option('B'), option('C')];
    expect(questionProblems(QuestionType.MULTIPLE_CHOICE, noneCorrect)).toContain(
      'a multiple-choice question has at least one correct option',
    );
  });

  it('wants exactly two options in a true/false question', () => {
    expect(
      questionProblems(QuestionType.TRUE_FALSE, [
        option('True', true),
        option('False'),
        option('Maybe'),
      ]),
    ).toContain('a true/false question has exactly two options');
  });

  it('refuses empty and duplicate option texts', () => {
    expect(
      questionProblems(QuestionType.SINGLE_CHOICE, [option(' ', true), option('B')]),
    ).toContain('every option needs text');
    expect(
      questionProblems(QuestionType.SINGLE_CHOICE, [option('Yes', true), option('yes ')]),
    ).toContain('two options have the same text');
  });
});
