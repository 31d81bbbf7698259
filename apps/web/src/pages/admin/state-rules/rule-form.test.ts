import { describe, expect, it } from 'vitest';
import { emptyRule, fromVersion, toInput } from './rule-form';
import { ruleVersion } from './test-rules';

describe('rule form', () => {
  it('round-trips a version into the input the API takes, empty figures as null', () => {
    const values = fromVersion(ruleVersion({ unconfirmed: ['A', 'B'] }), '2026-12-04');
    values.reason = 'The board amended the rule.';
    values.yearsLicensed = '';
    const checked = toInput(values);
    expect(checked.errors).toBeNull();
    expect(checked.input).toMatchObject({
      state: 'FL',
      stateName: 'Florida',
      effective: '2026-12-04',
      trainingHours: 70,
      inPersonHours: 50,
      yearsLicensed: null,
      supervisedSessions: 25,
      trainingRequired: true,
      delegation: null,
      unconfirmed: ['A', 'B'],
      reason: 'The board amended the rule.',
      sources: [
        { citation: 'Fla. Admin. Code R. 64B17-6.008', kind: 'RULE', effective: '2021-04-19' },
      ],
    });
  });

  it('keeps "not set" apart from "no" and from zero', () => {
    const values = { ...emptyRule('2026-12-04'), state: 'CO', practicalExam: 'no' as const };
    values.supervisedSessions = '0';
    const { input } = toInput(values);
    expect(input?.trainingRequired).toBeNull();
    expect(input?.practicalExam).toBe(false);
    expect(input?.supervisedSessions).toBe(0);
    expect(input?.trainingHours).toBeNull();
  });

  it('names the figures that are not numbers, and a missing state', () => {
    const values = { ...emptyRule('2026-12-04'), trainingHours: 'twenty', yearsLicensed: '1.5' };
    const { errors } = toInput(values);
    expect(Object.keys(errors ?? {}).sort()).toEqual(['state', 'trainingHours', 'yearsLicensed']);
  });
});
