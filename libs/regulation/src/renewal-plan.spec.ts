import type { RenewalCycleRule } from './renewal-cycles.js';
import { renewalCycleFor } from './renewal-cycles.js';
import { renewalPlan, windowStartFor, type PlanCredit } from './renewal-plan.js';

function rule(overrides: Partial<RenewalCycleRule> = {}): RenewalCycleRule {
  return {
    code: 'XX',
    name: 'Test state',
    hoursPerCycle: 24,
    cycleMonths: 24,
    minutesPerHour: null,
    selfPacedMaxHours: null,
    liveMinHours: null,
    dailyMaxHours: null,
    topics: [],
    firstRenewal: null,
    recordKeeping: null,
    notes: [],
    sources: [],
    unconfirmed: [],
    unconfirmedFields: [],
    ...overrides,
  };
}

let next = 0;
function credit(completedOn: string, hours: number, more: Partial<PlanCredit> = {}): PlanCredit {
  next += 1;
  return {
    id: `c${String(next).padStart(3, '0')}`,
    source: 'OUTSIDE',
    provider: 'Provider',
    title: `Course ${next}`,
    completedOn,
    hours,
    selfPacedHours: 0,
    topics: [],
    ...more,
  };
}

const plan = (
  r: RenewalCycleRule | null,
  credits: PlanCredit[],
  expiresOn: string | null = '2027-03-31',
) => renewalPlan({ rule: r, state: 'XX', expiresOn, onDate: '2026-12-04', credits });

describe('renewal plan', () => {
  it('opens the window the cycle length before the expiry date, the day after', () => {
    expect(windowStartFor('2027-03-31', 24)).toBe('2025-04-01');
    expect(windowStartFor('2028-02-29', 12)).toBe('2027-03-01');
    expect(windowStartFor('2027-01-31', 1)).toBe('2027-01-01');
  });

  it('counts credits inside the window only, with the due date and days left', () => {
    const result = plan(rule(), [
      credit('2025-03-31', 5),
      credit('2025-04-01', 4),
      credit('2027-03-31', 3),
      credit('2027-04-01', 9),
    ]);
    expect(result).toMatchObject({ windowStart: '2025-04-01', dueOn: '2027-03-31', daysLeft: 117 });
    expect(result.credits.map((c) => c.completedOn)).toEqual(['2025-04-01', '2027-03-31']);
    expect(result).toMatchObject({
      earnedHours: 7,
      countedHours: 7,
      stillNeededHours: 17,
      complete: false,
    });
  });

  it('caps self-paced hours (Florida: 12) and asks for live ones', () => {
    const florida = renewalCycleFor('FL')!;
    const result = plan(florida, [
      credit('2026-01-10', 10, { selfPacedHours: 10, source: 'FASCICLE' }),
      credit('2026-02-10', 8, { selfPacedHours: 8 }),
      credit('2026-03-10', 6),
    ]);
    expect(result.earnedHours).toBe(24);
    expect(result.countedHours).toBe(18);
    expect(result.credits.map((c) => c.countedHours)).toEqual([10, 2, 6]);
    expect(result.liveHours).toBe(6);
    expect(result.stillNeededHours).toBe(6);
    expect(result.limits.join(' ')).toMatch(/Only 12 self-paced hours count.*6 of yours do not/);
  });

  it('caps the hours of one day (Georgia: 10)', () => {
    const georgia = renewalCycleFor('GA')!;
    const result = plan(georgia, [credit('2026-05-01', 8), credit('2026-05-01', 6)], '2027-12-31');
    expect(result.countedHours).toBe(10);
    expect(result.limits.join(' ')).toMatch(/At most 10 hours count for one day: 4/);
  });

  it('says which topics are met and which are missing', () => {
    const result = plan(renewalCycleFor('CA')!, [credit('2026-06-01', 2, { topics: ['ETHICS'] })]);
    expect(result.topics.map((t) => [t.label.slice(0, 6), t.earnedHours, t.met])).toEqual([
      ['Ethics', 2, true],
      ['Life s', 0, false],
    ]);
  });

  it('is complete when hours and topics are met', () => {
    const r = rule({
      hoursPerCycle: 4,
      topics: [{ label: 'Ethics', anyOf: ['ETHICS'], hours: 2, when: null }],
    });
    const result = plan(r, [
      credit('2026-06-01', 2, { topics: ['ETHICS'] }),
      credit('2026-06-02', 2),
    ]);
    expect(result).toMatchObject({ stillNeededHours: 0, complete: true });
  });

  it('never turns an unknown figure into a zero', () => {
    const result = plan(rule({ hoursPerCycle: null }), [credit('2026-06-01', 2)]);
    expect(result).toMatchObject({
      requiredHours: null,
      stillNeededHours: null,
      complete: null,
      earnedHours: 2,
    });
    expect(result.checkWithBoard).toContain(
      'Hours per cycle: not confirmed, check with your board.',
    );
    const unknownTopic = plan(
      rule({
        hoursPerCycle: 2,
        topics: [{ label: 'Jurisprudence', anyOf: ['JURISPRUDENCE'], hours: null, when: null }],
      }),
      [credit('2026-06-01', 2, { topics: ['JURISPRUDENCE'] })],
    );
    expect(unknownTopic.complete).toBeNull();
    expect(unknownTopic.checkWithBoard.join(' ')).toMatch(
      /Jurisprudence: the hours it needs were not confirmed/,
    );
  });

  it('asks for the expiry date, and says when a state has no rule', () => {
    expect(plan(rule(), [], null)).toMatchObject({
      windowStart: null,
      dueOn: null,
      daysLeft: null,
    });
    expect(plan(rule(), [], null).checkWithBoard[0]).toMatch(/expiry date/);
    expect(plan(null, []).checkWithBoard[0]).toMatch(/no renewal rule for XX/);
  });

  it('passes on the unconfirmed figures of a shipped rule', () => {
    const result = plan(renewalCycleFor('CA')!, []);
    expect(result.checkWithBoard.join(' ')).toMatch(
      /length of the cycle comes from a source we could not confirm/,
    );
  });
});
