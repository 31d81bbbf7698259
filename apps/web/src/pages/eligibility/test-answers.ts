import type { EligibilityAnswerFieldsFragment } from '../../gql/graphql';

/** Answers as the API sends them, for the component tests. */
export function coloradoAnswer(
  changes: Partial<EligibilityAnswerFieldsFragment> = {},
): EligibilityAnswerFieldsFragment {
  // An assertion, not an annotation: the nested __typename fields are what the API sends.
  return {
    __typename: 'DryNeedlingEligibility',
    userId: 'u-1',
    state: 'CO',
    stateName: 'Colorado',
    onDate: '2026-12-04',
    verdict: 'MISSING_REQUIREMENTS',
    summary: 'Permitted with training; the board’s rule sets no hours.',
    requirements: [
      {
        __typename: 'EligibilityRequirement',
        kind: 'LICENSE',
        required: 'An active Colorado physical therapist license',
        met: true,
        found: 'CO license PT-556677, active',
        evidence: [
          {
            __typename: 'EligibilityEvidence',
            kind: 'LICENSE',
            id: 'l-1',
            label: 'CO license PT-556677',
            date: null,
            minutes: null,
          },
        ],
      },
      {
        __typename: 'EligibilityRequirement',
        kind: 'TRAINING',
        required: 'Dry needling training',
        met: false,
        found: 'No dry needling training on record',
        evidence: [],
      },
      {
        __typename: 'EligibilityRequirement',
        kind: 'SUPERVISED_SESSIONS',
        required: '25 supervised sessions',
        met: true,
        found: '3 confirmed sessions',
        evidence: ['2026-01-05', '2026-02-10', '2026-03-15'].map((date, i) => ({
          __typename: 'EligibilityEvidence' as const,
          kind: 'SUPERVISED_SESSION' as const,
          id: `s-${i}`,
          label: 'Supervised session',
          date,
          minutes: null,
        })),
      },
      {
        __typename: 'EligibilityRequirement',
        kind: 'TRAINING_HOURS',
        required: '27 hours of training',
        met: true,
        found: '30 hours',
        evidence: [
          {
            __typename: 'EligibilityEvidence',
            kind: 'CERTIFICATE',
            id: 'c-1',
            label: 'Dry needling level 1 (FAS-7Q2X)',
            date: '2026-05-01',
            minutes: 1800,
          },
        ],
      },
    ],
    steps: ['Register with the board before needling.'],
    unconfirmed: ['Whether online hours count is not confirmed.'],
    ruleEffective: null,
    rulesCheckedOn: '2026-12-04',
    sources: [
      {
        __typename: 'StateRuleSource',
        citation: '3 CCR 712-1, Rule 1.5',
        kind: 'RULE',
        url: 'https://example.org/co-rule',
        effective: null,
        checkedOn: '2026-12-04',
      },
    ],
    reminder: 'The state board decides who may dry needle.',
    ...changes,
  } as EligibilityAnswerFieldsFragment;
}

export function californiaAnswer(): EligibilityAnswerFieldsFragment {
  return coloradoAnswer({
    state: 'CA',
    stateName: 'California',
    verdict: 'NOT_PERMITTED',
    summary: 'The practice act does not include dry needling.',
    requirements: [],
    steps: [],
    unconfirmed: [],
    rulesCheckedOn: '2026-11-30',
  });
}
