import { describe, expect, it } from 'vitest';
import { creditDetailsDraft, parseCreditDetails } from './credit-details';

const VERSION = {
  credentialKind: 'DIDACTIC' as const,
  scopeStatement: 'Didactic coursework only. ',
  releasedOn: null,
  contentReviewedOn: '2026-01-15',
  creditEndsOn: '2028-12-31',
};

describe('credential and credit period', () => {
  it('sends the kind, the trimmed scope and the dates; an empty date is left as it is', () => {
    expect(parseCreditDetails(creditDetailsDraft(VERSION))).toEqual({
      ok: true,
      values: {
        credentialKind: 'DIDACTIC',
        scopeStatement: 'Didactic coursework only.',
        releasedOn: null,
        contentReviewedOn: '2026-01-15',
        creditEndsOn: '2028-12-31',
      },
    });
  });

  it('names a malformed date and a credit period that ends before the review', () => {
    const draft = creditDetailsDraft(VERSION);
    expect(parseCreditDetails({ ...draft, releasedOn: '15/01/2026' })).toEqual({
      ok: false,
      errors: { releasedOn: 'Enter a date as YYYY-MM-DD' },
    });
    expect(parseCreditDetails({ ...draft, creditEndsOn: '2025-12-31' })).toEqual({
      ok: false,
      errors: { creditEndsOn: 'Credit must end after the content review' },
    });
  });
});
