import { graphql } from '../../../gql';

export const RuleVersionFieldsFragment = graphql(`
  fragment RuleVersionFields on DryNeedlingRuleVersion {
    id
    state
    stateName
    status
    summary
    effective
    trainingRequired
    trainingHours
    inPersonHours
    onlineHoursAllowed
    practicalExam
    trainingWithinYears
    yearsLicensed
    supervisedSessions
    boardFiling
    delegation
    consentAndRecords
    requirementsConfirmed
    sources {
      citation
      kind
      url
      effective
      checkedOn
    }
    unconfirmed
    reason
    recordedByAdmin
    recordedAt
    current
  }
`);

export const AdminDryNeedlingRulesDocument = graphql(`
  query AdminDryNeedlingRules {
    dryNeedlingRules {
      ...RuleVersionFields
    }
  }
`);

export const AdminDryNeedlingRuleHistoryDocument = graphql(`
  query AdminDryNeedlingRuleHistory($state: String!) {
    dryNeedlingRuleHistory(state: $state) {
      ...RuleVersionFields
    }
  }
`);

export const AdminRecordDryNeedlingRuleDocument = graphql(`
  mutation AdminRecordDryNeedlingRule($input: RecordDryNeedlingRuleInput!) {
    recordDryNeedlingRule(input: $input) {
      ...RuleVersionFields
    }
  }
`);
