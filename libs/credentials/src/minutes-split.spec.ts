import { minutesSplitText } from './minutes-split.js';

describe('minutesSplitText', () => {
  it('names both kinds of instruction, even when one is zero', () => {
    expect(minutesSplitText(95, 0)).toBe('Self-paced online: 95 min · Live or in-person: 0 min');
    expect(minutesSplitText(30, 90)).toBe('Self-paced online: 30 min · Live or in-person: 90 min');
  });
});
