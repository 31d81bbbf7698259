import { readStateRules, type StateRules } from './state-rules.js';
import { stateRulesProblems } from './state-rules-problems.js';
import { renderStateRulesTable } from './state-table.js';

const TODAY = '2026-12-04';

/** One sound row, in the shape of data/dry-needling.yaml. */
function sound(): Record<string, unknown> {
  return {
    title: 'Dry needling by state',
    checkedBy: 'Fascicle curriculum team',
    note: 'Not legal advice.',
    states: [
      {
        code: 'FL',
        name: 'Florida',
        status: 'PERMITTED',
        summary: 'Consent and a plan of care.',
        trainingHours: 50,
        inPersonHours: 50,
        onlineHoursAllowed: false,
        yearsLicensed: 2,
        supervisedSessions: 25,
        boardFiling: null,
        delegation: 'Only to another authorised PT.',
        consentAndRecords: null,
        sources: [
          {
            citation: 'Fla. Stat. § 486.117',
            kind: 'STATUTE',
            url: 'https://www.flsenate.gov/Laws/Statutes/2024/486.117',
            effective: '2020-07-01',
            checkedOn: '2026-12-04',
          },
        ],
        unconfirmed: ['The adverse-incident deadline appears only in secondary sources.'],
      },
    ],
  };
}

type Row = Record<string, unknown> & { sources: Record<string, unknown>[] };
const rules = (change: (row: Row, data: Record<string, unknown>) => void = () => {}) => {
  const data = sound();
  change((data['states'] as Row[])[0]!, data);
  return readStateRules(data, 'data/dry-needling.yaml');
};

describe('stateRulesProblems', () => {
  it('finds nothing wrong with a row on a dated primary source', () => {
    expect(stateRulesProblems(rules(), TODAY)).toEqual([]);
  });

  it.each<[string, (row: Row, data: Record<string, unknown>) => void, RegExp]>([
    [
      'a vendor page as the source',
      (row) => (row.sources[0]!['url'] = 'https://www.myopainseminars.com/resources/us-rulings/'),
      /FL source "Fla\. Stat\. § 486\.117": myopainseminars\.com is a vendor or secondary page/,
    ],
    ['a row without a source', (row) => (row.sources = []), /FL: no primary source/],
    [
      'a check dated in the future',
      (row) => (row.sources[0]!['checkedOn'] = '2027-01-01'),
      /checkedOn is in the future/,
    ],
    [
      'a check older than three years',
      (row) => (row.sources[0]!['checkedOn'] = '2023-01-01'),
      /checked on 2023-01-01; check it again/,
    ],
    [
      'no effective date and no word on why',
      (row) => {
        row.sources[0]!['effective'] = null;
        row['unconfirmed'] = [];
      },
      /FL: no source gives an effective date/,
    ],
    [
      'more in-person hours than hours in all',
      (row) => (row['inPersonHours'] = 54),
      /FL: inPersonHours exceeds trainingHours/,
    ],
    [
      'a state twice',
      (row, data) => (data['states'] = [row, structuredClone(row)]),
      /FL: the state appears twice/,
    ],
    [
      'a code that is no state',
      (row) => (row['code'] = 'XX'),
      /XX: not a US licensing jurisdiction/,
    ],
    [
      'training hours for a state that does not permit it',
      (row) => (row['status'] = 'NOT_PERMITTED'),
      /FL: a state that does not permit dry needling sets no training hours/,
    ],
  ])('rejects %s', (_name, change, message) => {
    expect(stateRulesProblems(rules(change), TODAY)).toEqual(
      expect.arrayContaining([expect.stringMatching(message)]),
    );
  });

  it('refuses a kind of source that is not primary when reading the file', () => {
    expect(() => rules((row) => (row.sources[0]!['kind'] = 'VENDOR'))).toThrow(
      /states\[0\]\.sources\[0\]\.kind must be one of STATUTE/,
    );
  });
});

describe('renderStateRulesTable', () => {
  it('shows each row with its source, effective date and check date, then what is unconfirmed', () => {
    const table = renderStateRulesTable(rules());
    expect(table).toContain(
      '| Florida (FL) | Permitted | 50 h of training; 50 h in person; online hours not accepted; 2 years licensed; 25 supervised sessions. Consent and a plan of care. |',
    );
    expect(table).toContain(
      '[Fla. Stat. § 486.117](https://www.flsenate.gov/Laws/Statutes/2024/486.117) (effective 2020-07-01; checked 2026-12-04)',
    );
    expect(table).toMatch(/- Florida: The adverse-incident deadline appears only in secondary/);
  });

  it('keeps a pipe in a cell from breaking the table', () => {
    const data: StateRules = rules((row) => (row['summary'] = 'A | B'));
    expect(renderStateRulesTable(data)).toContain('A \\| B');
  });
});
