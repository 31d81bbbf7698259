import {
  drawByBlueprint,
  freshAttempts,
  objectivePools,
  planBlueprint,
  type ObjectivePool,
} from './blueprint.js';

const pools: ObjectivePool[] = [
  { objective: 'a', size: 6 },
  { objective: 'b', size: 3 },
  { objective: 'c', size: 3 },
];

describe('planBlueprint', () => {
  it('gives every objective one question and shares the rest by pool size', () => {
    const plan = planBlueprint(pools, 6);
    expect(plan.problems).toEqual([]);
    expect(plan.rows).toEqual([
      { objective: 'a', count: 3 },
      { objective: 'b', count: 2 },
      { objective: 'c', count: 1 },
    ]);
    expect(plan.rows.reduce((sum, row) => sum + row.count, 0)).toBe(6);
  });

  it('refuses more objectives than questions drawn, and a draw bigger than the bank', () => {
    expect(planBlueprint(pools, 2).problems.map((p) => p.code)).toEqual(['TOO_MANY_OBJECTIVES']);
    expect(planBlueprint(pools, 13).problems.map((p) => p.code)).toEqual(['POOL_TOO_SMALL']);
  });

  it('takes every question when the quiz draws all', () => {
    expect(planBlueprint(pools, null).rows).toEqual([
      { objective: 'a', count: 6 },
      { objective: 'b', count: 3 },
      { objective: 'c', count: 3 },
    ]);
  });

  it('checks an author’s own rows against the bank', () => {
    const own = [
      { objective: 'a', count: 4 },
      { objective: 'b', count: 4 },
      { objective: 'x', count: 1 },
    ];
    expect(planBlueprint(pools, 8, own).problems.map((p) => p.code)).toEqual([
      'COUNT_MISMATCH',
      'POOL_TOO_SMALL',
      'NOT_IN_BANK',
    ]);
  });
});

describe('freshAttempts', () => {
  it('is how many attempts can each have new questions', () => {
    expect(freshAttempts(planBlueprint(pools, 6).rows, pools)).toBe(1);
    expect(freshAttempts(planBlueprint(pools, 3).rows, pools)).toBe(3);
  });
});

describe('drawByBlueprint', () => {
  const bank = objectivePoolsBank();
  const random = sequence();

  it('draws each row’s count from its objective', () => {
    const rows = planBlueprint(objectivePools(bank), 6).rows;
    for (let run = 0; run < 20; run += 1) {
      const drawn = drawByBlueprint(bank, rows, new Set(), true, random);
      expect(drawn).toHaveLength(6);
      for (const row of rows) {
        expect(drawn.filter((q) => q.objective === row.objective)).toHaveLength(row.count);
      }
    }
  });

  it('avoids questions seen before while the pool has others', () => {
    const rows = [
      { objective: 'a', count: 3 },
      { objective: 'b', count: 1 },
    ];
    const first = drawByBlueprint(bank, rows, new Set(), false, random);
    const seen = new Set(first.map((q) => q.id));
    const second = drawByBlueprint(bank, rows, seen, false, random);
    expect(second.filter((q) => q.objective === 'a').some((q) => seen.has(q.id))).toBe(false);
    // b has 3 questions: a second draw of 1 can avoid the first.
    expect(second.some((q) => seen.has(q.id))).toBe(false);
    // A third draw of 3 from a has only 0 unseen left out of 6 after two: it repeats.
    const third = drawByBlueprint(
      bank,
      rows,
      new Set([...seen, ...second.map((q) => q.id)]),
      false,
      random,
    );
    expect(third.filter((q) => q.objective === 'a')).toHaveLength(3);
  });

  function objectivePoolsBank() {
    return pools.flatMap(({ objective, size }) =>
      Array.from({ length: size }, (_, i) => ({ id: `${objective}${i}`, objective })),
    );
  }

  function sequence() {
    let seed = 7;
    return () => {
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    };
  }
});
