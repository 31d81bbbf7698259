import {
  DRY_NEEDLING_PRACTICAL_CHECKLIST,
  gradePracticalExam,
  practicalExamMarkProblems,
  type ChecklistItem,
  type ItemMark,
} from './practical-exam.js';

const item = (key: string, critical: boolean): ChecklistItem => ({
  key,
  label: `Item ${key}`,
  critical,
  reason: 'test',
});
// Two critical items and five others: 80 % of five is four.
const checklist = [
  item('c1', true),
  item('c2', true),
  ...['o1', 'o2', 'o3', 'o4', 'o5'].map((key) => item(key, false)),
];
const marks = (failedKeys: string[] = []): ItemMark[] =>
  checklist.map(({ key }) => ({ key, passed: !failedKeys.includes(key) }));

describe('gradePracticalExam', () => {
  it('passes when every item passed', () => {
    expect(gradePracticalExam(checklist, marks())).toEqual({
      passed: true,
      failed: [],
      unmarked: [],
      otherItemsPassed: 5,
      otherItemsTotal: 5,
      reasons: [],
    });
  });

  it('passes at exactly the share of other items, and fails one item below it', () => {
    expect(gradePracticalExam(checklist, marks(['o3'])).passed).toBe(true);
    const result = gradePracticalExam(checklist, marks(['o3', 'o5']));
    expect(result.passed).toBe(false);
    expect(result.reasons).toEqual([
      '3 of 5 other items passed; at least 80 % must (failed: Item o3; Item o5).',
    ]);
  });

  it('fails on any one critical item, whatever the others, and says which', () => {
    const notes = 'Touched the needle shaft with an ungloved finger.';
    const result = gradePracticalExam(checklist, [
      ...marks().filter((mark) => mark.key !== 'c2'),
      { key: 'c2', passed: false, notes },
    ]);
    expect(result.passed).toBe(false);
    expect(result.failed).toEqual([{ key: 'c2', label: 'Item c2', critical: true, notes }]);
    expect(result.reasons).toEqual(['Critical item failed: Item c2.']);
  });

  it('does not pass an incomplete record', () => {
    const result = gradePracticalExam(
      checklist,
      marks().filter((mark) => mark.key !== 'o1' && mark.key !== 'c1'),
    );
    expect(result.passed).toBe(false);
    expect(result.unmarked).toEqual(['c1', 'o1']);
    expect(result.reasons[0]).toBe('Not marked yet: Item c1; Item o1.');
  });

  it('takes the share as a parameter, and meets it with no other items', () => {
    expect(gradePracticalExam(checklist, marks(['o3', 'o5']), 60).passed).toBe(true);
    expect(gradePracticalExam(checklist, marks(['o3']), 100).passed).toBe(false);
    const criticalOnly = [item('c1', true)];
    expect(gradePracticalExam(criticalOnly, [{ key: 'c1', passed: true }]).passed).toBe(true);
    expect(() => gradePracticalExam(checklist, marks(), 101)).toThrow(RangeError);
  });

  it('refuses marks for unknown items and repeated marks', () => {
    const bad = [...marks(), { key: 'zz', passed: true }, { key: 'c1', passed: false }];
    expect(practicalExamMarkProblems(checklist, bad)).toEqual([
      '"zz" is not an item of this checklist.',
      '"c1" is marked more than once.',
    ]);
    expect(() => gradePracticalExam(checklist, bad)).toThrow(RangeError);
  });
});

describe('DRY_NEEDLING_PRACTICAL_CHECKLIST', () => {
  it('holds the six items of issue 18 as critical, each with a reason, under unique keys', () => {
    const keys = DRY_NEEDLING_PRACTICAL_CHECKLIST.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(
      DRY_NEEDLING_PRACTICAL_CHECKLIST.filter((entry) => entry.critical).map((entry) => entry.key),
    ).toEqual([
      'screening-contraindications',
      'consent',
      'clean-technique',
      'needle-handling-sharps',
      'technique-near-lung',
      'adverse-event-response',
    ]);
    for (const entry of DRY_NEEDLING_PRACTICAL_CHECKLIST) {
      expect(entry.reason.length).toBeGreaterThan(20);
      expect(entry.reason.length).toBeLessThanOrEqual(100);
    }
  });

  it('lets one of its five other items fail under the default share, not two', () => {
    const all = DRY_NEEDLING_PRACTICAL_CHECKLIST.map(({ key }) => ({ key, passed: true }));
    const failing = (...keys: string[]) =>
      all.map((mark) => (keys.includes(mark.key) ? { ...mark, passed: false } : mark));
    expect(
      gradePracticalExam(DRY_NEEDLING_PRACTICAL_CHECKLIST, failing('reassessment')).passed,
    ).toBe(true);
    expect(
      gradePracticalExam(DRY_NEEDLING_PRACTICAL_CHECKLIST, failing('reassessment', 'positioning'))
        .passed,
    ).toBe(false);
    expect(gradePracticalExam(DRY_NEEDLING_PRACTICAL_CHECKLIST, failing('consent')).passed).toBe(
      false,
    );
  });
});
