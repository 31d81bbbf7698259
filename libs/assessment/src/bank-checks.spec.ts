import { bankFindings, bankReport, bankStats } from './bank-checks.js';
import type { CheckedItem } from './item-checks.js';
import { QuestionType } from './question-type.js';

let next = 0;
const choice = (keyLong: boolean, keyAt = 0): CheckedItem => {
  next += 1;
  const options = ['medium option', 'medium option', 'medium option', 'medium option'].map(
    (text, index) => ({
      text: index === keyAt && keyLong ? 'a noticeably longer key option' : `${text} ${index}`,
      isCorrect: index === keyAt,
    }),
  );
  return { id: `q${next}`, type: QuestionType.SINGLE_CHOICE, stem: `Stem ${next}?`, options };
};
const trueFalse = (answer: boolean): CheckedItem => {
  next += 1;
  return {
    id: `t${next}`,
    type: QuestionType.TRUE_FALSE,
    stem: `Statement number ${next}.`,
    options: [
      { text: 'True', isCorrect: answer },
      { text: 'False', isCorrect: !answer },
    ],
  };
};
const codes = (items: CheckedItem[]) => bankFindings(items).map((finding) => finding.code);

describe('bank limits', () => {
  it('allows longest-option keys up to chance plus 10 points', () => {
    // 10 four-option items: chance 25 %, limit 35 % → at most 3.
    const items = (longest: number) =>
      Array.from({ length: 10 }, (_, i) => choice(i < longest, i % 4));
    expect(bankStats(items(3))).toMatchObject({ longestKeys: 3, longestKeyLimit: 3 });
    expect(codes(items(3))).toEqual([]);
    expect(codes(items(4))).toEqual(['LONGEST_KEY_SHARE']);
  });

  it('keeps true/false keys between 40 % and 60 % false where there are five or more', () => {
    const bank = (falses: number, total: number) =>
      Array.from({ length: total }, (_, i) => trueFalse(i >= falses));
    expect(codes(bank(2, 5))).toEqual([]);
    expect(codes(bank(3, 5))).toEqual([]);
    expect(codes(bank(4, 5))).toEqual(['TRUE_FALSE_BALANCE']);
    expect(codes(bank(1, 5))).toEqual(['TRUE_FALSE_BALANCE']);
    expect(codes(bank(4, 4))).toEqual([]);
  });

  it('warns, without refusing, when the key sits in one position', () => {
    const items = Array.from({ length: 8 }, () => choice(false, 0));
    const findings = bankFindings(items);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'KEY_POSITION_SKEW', limit: false }),
    ]);
  });
});

describe('bankReport', () => {
  it('puts item warnings on their items, duplicates on both', () => {
    const a = { ...choice(true), stem: 'Which nerve runs with the artery here?' };
    const b = { ...choice(false, 1), stem: 'Which nerve runs with the artery here' };
    const report = bankReport([a, b]);
    expect(report.items[0]!.warnings.map((w) => w.code)).toEqual([
      'KEY_IS_LONGEST',
      'DUPLICATE_STEM',
    ]);
    expect(report.items[1]!.warnings.map((w) => w.code)).toEqual(['DUPLICATE_STEM']);
    expect(report.findings.map((f) => f.code)).toEqual(['LONGEST_KEY_SHARE']);
  });
});
