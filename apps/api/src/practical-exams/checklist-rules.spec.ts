import { DRY_NEEDLING_PRACTICAL_CHECKLIST } from '@fascicle/hybrid';
import { checklistProblems } from './checklist-rules.js';

const items = DRY_NEEDLING_PRACTICAL_CHECKLIST.map(({ reason, ...item }) => ({
  ...item,
  description: reason,
}));

describe('practical checklist rules', () => {
  it('accepts the dry needling checklist with any share from 0 to 100', () => {
    expect(checklistProblems(items, 0)).toEqual([]);
    expect(checklistProblems(items, 100)).toEqual([]);
  });

  it('names a key given twice or not in the lib form, by its position', () => {
    const problems = checklistProblems(
      [...items, { ...items[0]!, label: 'Again' }, { ...items[1]!, key: 'Bad Key' }],
      80,
    );
    expect(problems.map((p) => p.field)).toEqual([
      `items.${items.length}.key`,
      `items.${items.length + 1}.key`,
    ]);
  });

  it('needs a critical item, and a whole share from 0 to 100', () => {
    const others = items.filter((item) => !item.critical);
    expect(checklistProblems(others, 80).map((p) => p.field)).toEqual(['items']);
    expect(checklistProblems(items, 101).map((p) => p.field)).toEqual(['nonCriticalPassPercent']);
    expect(checklistProblems(items, 79.5).map((p) => p.field)).toEqual(['nonCriticalPassPercent']);
  });
});
