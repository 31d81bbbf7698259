import { graphql } from '../../gql';

/** Everything an answer shows: verdict, each requirement with its evidence, steps, sources. */
export const EligibilityAnswerFieldsFragment = graphql(`
  fragment EligibilityAnswerFields on DryNeedlingEligibility {
    userId
    state
    stateName
    onDate
    verdict
    summary
    requirements {
      kind
      required
      met
      found
      evidence {
        kind
        id
        label
        date
        minutes
      }
    }
    steps
    unconfirmed
    ruleEffective
    rulesCheckedOn
    sources {
      citation
      kind
      url
      effective
      checkedOn
    }
    reminder
  }
`);

export const MyDryNeedlingEligibilityDocument = graphql(`
  query MyDryNeedlingEligibility {
    myDryNeedlingEligibility {
      ...EligibilityAnswerFields
    }
  }
`);

export const DryNeedlingEligibilityCheckDocument = graphql(`
  query DryNeedlingEligibilityCheck($state: String!, $onDate: String) {
    dryNeedlingEligibility(state: $state, onDate: $onDate) {
      ...EligibilityAnswerFields
    }
  }
`);
