import { YamlFileError } from '@fascicle/common';
import { loadRenewalCycles, readRenewalCycles, renewalCycleFor } from './renewal-cycles.js';

function sound(): Record<string, unknown> {
  return {
    title: 'Renewal CE',
    checkedBy: 'Fascicle curriculum team',
    note: 'Not legal advice.',
    states: [
      {
        code: 'FL',
        name: 'Florida',
        hoursPerCycle: 24,
        cycleMonths: 24,
        minutesPerHour: 50,
        selfPacedMaxHours: 12,
        topics: [{ label: 'Medical errors', anyOf: ['MEDICAL_ERRORS'], hours: 2 }],
        sources: [
          {
            citation: 'r. 64B17-9.001',
            kind: 'RULE',
            url: 'https://x.test',
            checkedOn: '2026-12-04',
          },
        ],
      },
    ],
  };
}

describe('renewal cycles', () => {
  it('reads a sound file, unknown figures as null', () => {
    const [florida] = readRenewalCycles(sound(), 'test.yaml').states;
    expect(florida).toMatchObject({
      code: 'FL',
      hoursPerCycle: 24,
      liveMinHours: null,
      unconfirmedFields: [],
    });
    expect(florida.topics[0]).toEqual({
      label: 'Medical errors',
      anyOf: ['MEDICAL_ERRORS'],
      hours: 2,
      when: null,
    });
  });

  it('refuses a topic outside the vocabulary, naming it', () => {
    const data = sound();
    (data.states as { topics: { anyOf: string[] }[] }[])[0].topics[0].anyOf = ['KNITTING'];
    expect(() => readRenewalCycles(data, 'test.yaml')).toThrow(/KNITTING/);
  });

  it('refuses a state without a primary source, and a non-primary kind', () => {
    const none = sound();
    (none.states as { sources: unknown[] }[])[0].sources = [];
    expect(() => readRenewalCycles(none, 'test.yaml')).toThrow(YamlFileError);
    const vendor = sound();
    (vendor.states as { sources: { kind: string }[] }[])[0].sources[0].kind = 'VENDOR';
    expect(() => readRenewalCycles(vendor, 'test.yaml')).toThrow(/kind/);
  });

  it('refuses a zero where a figure is meant (unknown is null, never 0)', () => {
    const data = sound();
    (data.states as Record<string, unknown>[])[0].hoursPerCycle = 0;
    expect(() => readRenewalCycles(data, 'test.yaml')).toThrow(/hoursPerCycle/);
  });

  it('ships at least ten states, each with a primary source checked on a date', () => {
    const { states } = loadRenewalCycles();
    expect(states.length).toBeGreaterThanOrEqual(10);
    for (const state of states) {
      expect(state.sources.length).toBeGreaterThan(0);
      for (const source of state.sources) expect(source.checkedOn).toBe('2026-12-04');
    }
    expect(renewalCycleFor('tx')?.hoursPerCycle).toBe(30);
    expect(renewalCycleFor('ZZ')).toBeNull();
  });
});
