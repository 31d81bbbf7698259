import { Profession } from '@fascicle/common';
import {
  checkLicenseNumber,
  loadLicenseNumbers,
  readLicenseNumbers,
  type LicenseNumberFormat,
} from './license-number.js';
import { loadStateRules } from './state-rules.js';

const table = loadLicenseNumbers();
const withFormats = table.states.flatMap((state) =>
  Object.entries(state.format ?? {}).map(
    ([profession, format]) =>
      [state.code, profession as Profession, format as LicenseNumberFormat] as const,
  ),
);

describe('data/license-numbers.yaml', () => {
  it('covers every dry needling state and the renewal states, FL and MS among them', () => {
    const codes = table.states.map((state) => state.code);
    const dryNeedling = loadStateRules().states.map((state) => state.code);
    const renewal = ['TX', 'FL', 'CA', 'AL', 'MD', 'MS', 'CT', 'MA', 'CO', 'VA', 'OH', 'GA', 'KY'];
    expect(codes).toEqual(expect.arrayContaining([...dryNeedling, ...renewal]));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('says why for every state without a format, and dates every source', () => {
    for (const state of table.states) {
      if (state.format === null) expect(state.why).toMatch(/\w{3,}.*\./);
      for (const source of state.sources) {
        expect(source.url).toMatch(/^https?:\/\//);
        expect(source.checkedOn).toBe('2026-12-04');
      }
    }
    expect(table.requirement.url).toMatch(/^https:\/\/help\.cebroker\.com\//);
  });

  it.each(withFormats)(
    '%s %s: its examples pass and its counter-examples fail',
    (code, profession, format) => {
      for (const example of [format.example, ...format.validExamples]) {
        expect(checkLicenseNumber(code, profession, example, table)).toMatchObject({
          status: 'VALID',
        });
      }
      expect(format.invalidExamples.length).toBeGreaterThan(0);
      for (const example of format.invalidExamples) {
        expect(checkLicenseNumber(code, profession, example, table)).toMatchObject({
          status: 'INVALID',
          example: format.example,
        });
      }
    },
  );
});

describe('checkLicenseNumber', () => {
  it('gives the number as Florida prints it, with the source it was checked against', () => {
    const check = checkLicenseNumber('fl', Profession.PHYSICAL_THERAPIST, '  pt0001665 ', table);
    expect(check).toMatchObject({ status: 'VALID', normalized: 'PT0001665' });
    expect(check.status === 'VALID' && check.source.kind).toBe('ADJUDICATION');
  });

  it('says the format in plain words when the prefix is missing', () => {
    const check = checkLicenseNumber('FL', Profession.PHYSICAL_THERAPIST, '0001665', table);
    expect(check).toMatchObject({
      status: 'INVALID',
      example: 'PT0001665',
      message: expect.stringContaining('the letters PT followed by the digits of the license'),
    });
  });

  it('tells an assistant number from a therapist number', () => {
    expect(
      checkLicenseNumber('FL', Profession.PHYSICAL_THERAPIST_ASSISTANT, 'PTA1170', table),
    ).toMatchObject({ status: 'VALID' });
    expect(checkLicenseNumber('FL', Profession.PHYSICAL_THERAPIST, 'PTA1170', table)).toMatchObject(
      { status: 'INVALID' },
    );
  });

  it('leaves a number unchecked, with the reason, where no format was published', () => {
    expect(
      checkLicenseNumber('MS', Profession.PHYSICAL_THERAPIST, 'anything 12', table),
    ).toMatchObject({ status: 'UNCHECKED', reason: expect.stringMatching(/Mississippi/) });
    expect(checkLicenseNumber('FL', Profession.ATHLETIC_TRAINER, 'AT123', table)).toMatchObject({
      status: 'UNCHECKED',
      reason: expect.stringContaining('athletic trainer licenses in Florida'),
    });
    expect(checkLicenseNumber('WY', Profession.PHYSICAL_THERAPIST, '123', table)).toMatchObject({
      status: 'UNCHECKED',
    });
  });
});

describe('readLicenseNumbers', () => {
  const requirement = {
    citation: 'CE Broker',
    kind: 'PROVIDER_SYSTEM',
    url: 'https://help.cebroker.com/x',
    checkedOn: '2026-12-04',
  };
  const read = (state: Record<string, unknown>) =>
    readLicenseNumbers({ title: 't', checkedBy: 'c', requirement, states: [state] }, 'f.yaml');

  it('refuses a state with neither a format nor a reason', () => {
    expect(() => read({ code: 'MS', name: 'Mississippi', format: null })).toThrow(/say why/);
  });

  it('refuses a format resting on a secondary page alone', () => {
    const format = { PHYSICAL_THERAPIST: { pattern: '^PT[0-9]+$', words: 'w', example: 'PT1' } };
    const sources = [{ ...requirement, kind: 'SECONDARY' }];
    expect(() => read({ code: 'FL', name: 'Florida', format, sources })).toThrow(/not secondary/);
  });

  it('refuses a pattern that is not anchored', () => {
    const format = { PHYSICAL_THERAPIST: { pattern: 'PT[0-9]+', words: 'w', example: 'PT1' } };
    const sources = [{ ...requirement, kind: 'ADJUDICATION' }];
    expect(() => read({ code: 'FL', name: 'Florida', format, sources })).toThrow(/\^/);
  });
});
