import { describe, expect, it } from 'vitest';
import {
  disclosureDraft,
  emptyContributor,
  parseDisclosure,
  relationshipsText,
} from './disclosure-draft';

describe('disclosure editor', () => {
  it('starts a new disclosure with one author and says “none” explicitly', () => {
    expect(disclosureDraft(null)).toEqual({
      contributors: [emptyContributor()],
      hasCommercialSupport: false,
      commercialSupport: [],
    });
  });

  it('sends no relationships and no mitigation for a contributor with none', () => {
    const draft = disclosureDraft({
      contributors: [
        {
          name: 'Ada Author ',
          credentials: 'PT, DPT',
          role: 'Author',
          relationships: [],
          mitigation: null,
        },
      ],
      commercialSupport: [],
    });
    expect(parseDisclosure(draft)).toEqual({
      ok: true,
      disclosure: {
        contributors: [
          {
            name: 'Ada Author',
            credentials: 'PT, DPT',
            role: 'Author',
            relationships: [],
            mitigation: null,
          },
        ],
        commercialSupport: [],
      },
    });
  });

  it('needs each relationship named and mitigated, in the API’s field names', () => {
    const result = parseDisclosure({
      contributors: [
        {
          ...emptyContributor(),
          name: 'Ben Reviewer',
          credentials: '',
          hasRelationships: true,
          relationships: [{ company: 'Acme Needles', nature: '' }],
        },
      ],
      hasCommercialSupport: true,
      commercialSupport: [],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'disclosure.contributors.0.credentials': 'Give Ben Reviewer’s credentials',
        'disclosure.contributors.0.relationships.0.nature': 'Say what it is, e.g. consulting fees',
        'disclosure.contributors.0.mitigation': 'Say how the relationships were mitigated',
        'disclosure.commercialSupport': 'List each supporter, or choose “None”',
      },
    });
  });

  it('reads relationships back in words', () => {
    expect(relationshipsText([])).toBe('None');
    expect(relationshipsText([{ company: 'Acme Needles', nature: 'consulting fees' }])).toBe(
      'Acme Needles (consulting fees)',
    );
  });
});
