import { suppressSmallGroups } from './adverse-event-groups.js';
import { AdverseEventType } from './practice-log-kinds.js';

const { BLEEDING, BRUISING, PAIN, SYNCOPE, PNEUMOTHORAX } = AdverseEventType;

describe('adverse event groups of at least five', () => {
  it('shows each type with five or more, most first, and the total', () => {
    const summary = suppressSmallGroups(
      new Map([
        [BRUISING, 12],
        [BLEEDING, 5],
        [PAIN, 0],
      ]),
    );
    expect(summary.groups).toEqual([
      { type: BRUISING, types: [BRUISING], count: 12 },
      { type: BLEEDING, types: [BLEEDING], count: 5 },
    ]);
    expect(summary.total).toBe(17);
  });

  it('merges types under five and hides the merged count and the total while under five', () => {
    const summary = suppressSmallGroups(
      new Map([
        [BRUISING, 9],
        [SYNCOPE, 1],
        [PNEUMOTHORAX, 2],
      ]),
    );
    expect(summary.groups).toEqual([
      { type: BRUISING, types: [BRUISING], count: 9 },
      { type: null, types: [PNEUMOTHORAX, SYNCOPE], count: null },
    ]);
    expect(summary.total).toBeNull();
  });

  it('shows a merged group of five or more, and then the total', () => {
    const summary = suppressSmallGroups(
      new Map([
        [SYNCOPE, 3],
        [PAIN, 4],
      ]),
    );
    expect(summary.groups).toEqual([{ type: null, types: [PAIN, SYNCOPE], count: 7 }]);
    expect(summary.total).toBe(7);
  });

  it('shows nothing for no events', () => {
    expect(suppressSmallGroups(new Map())).toEqual({ groups: [], total: 0 });
  });
});
