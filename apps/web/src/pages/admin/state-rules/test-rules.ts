import type { RuleVersionFieldsFragment } from '../../../gql/graphql';

/** A rule version as the API sends it, for the component tests. */
export function ruleVersion(
  changes: Partial<RuleVersionFieldsFragment> = {},
): RuleVersionFieldsFragment {
  // An assertion, not an annotation: the nested __typename fields are what the API sends.
  return {
    __typename: 'DryNeedlingRuleVersion',
    id: 'r-fl',
    state: 'FL',
    stateName: 'Florida',
    status: 'PERMITTED',
    summary: 'Permitted after 70 hours of board-approved training.',
    effective: '2021-04-19',
    trainingRequired: true,
    trainingHours: 70,
    inPersonHours: 50,
    onlineHoursAllowed: true,
    practicalExam: true,
    trainingWithinYears: null,
    yearsLicensed: 2,
    supervisedSessions: 25,
    boardFiling: 'File the attestation form with the board.',
    delegation: null,
    consentAndRecords: 'Patient consent is required.',
    requirementsConfirmed: true,
    sources: [
      {
        __typename: 'StateRuleSource',
        citation: 'Fla. Admin. Code R. 64B17-6.008',
        kind: 'RULE',
        url: 'https://example.org/fl-rule',
        effective: '2021-04-19',
        checkedOn: '2026-12-04',
      },
    ],
    unconfirmed: [],
    reason: null,
    recordedByAdmin: false,
    recordedAt: '2026-12-01T10:00:00.000Z',
    current: true,
    ...changes,
  } as RuleVersionFieldsFragment;
}
