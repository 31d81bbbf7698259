import { addYears, disclosureProblems, type CourseDisclosure } from './disclosure.js';

const author = {
  name: 'Dana Reyes',
  credentials: 'PT, DPT',
  role: 'Author',
  relationships: [],
  mitigation: null,
};
const complete: CourseDisclosure = { contributors: [author], commercialSupport: [] };
const period = { releasedOn: null, creditEndsOn: '2029-06-30', contentReviewedOn: '2026-11-01' };
const today = '2026-12-03';

describe('disclosureProblems', () => {
  it('passes a complete disclosure with none declared', () => {
    expect(disclosureProblems(complete, period, today)).toEqual([]);
  });

  it('asks for every missing part by field', () => {
    const fields = disclosureProblems(
      null,
      { releasedOn: null, creditEndsOn: null, contentReviewedOn: null },
      today,
    ).map((problem) => problem.field);
    expect(fields).toEqual(['disclosure.contributors', 'contentReviewedOn', 'creditEndsOn']);
  });

  it('asks how a declared relationship was mitigated', () => {
    const withTies = {
      ...complete,
      contributors: [{ ...author, relationships: [{ company: 'NeedleCo', nature: 'consulting' }] }],
    };
    expect(disclosureProblems(withTies, period, today)).toEqual([
      expect.objectContaining({ field: 'disclosure.contributors.0.mitigation' }),
    ]);
  });

  it('refuses a review older than three years and credit beyond three years from it', () => {
    expect(
      disclosureProblems(complete, { ...period, contentReviewedOn: '2023-12-03' }, today),
    ).toContainEqual(expect.objectContaining({ code: 'CONTENT_REVIEW_DUE' }));
    expect(disclosureProblems(complete, { ...period, creditEndsOn: '2029-11-02' }, today)).toEqual([
      expect.objectContaining({ code: 'CREDIT_END_INVALID', field: 'creditEndsOn' }),
    ]);
    expect(disclosureProblems(complete, { ...period, creditEndsOn: '2026-12-03' }, today)).toEqual([
      expect.objectContaining({ code: 'CREDIT_END_INVALID' }),
    ]);
  });
});

describe('addYears', () => {
  it('keeps the day, or the last of the month', () => {
    expect(addYears('2026-11-01', 3)).toBe('2029-11-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });
});
