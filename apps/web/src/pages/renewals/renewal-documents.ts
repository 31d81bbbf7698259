import { graphql } from '../../gql';

export const RenewalPlansDocument = graphql(`
  query RenewalPlans {
    me {
      id
      licenses {
        id
        state
        number
        expiresOn
        renewalPlan {
          licenseId
          state
          stateName
          requiredHours
          cycleMonths
          windowStart
          dueOn
          daysLeft
          earnedHours
          countedHours
          liveHours
          selfPacedHours
          stillNeededHours
          complete
          limits
          checkWithBoard
          firstRenewal
          recordKeeping
          notes
          minutesPerHour
          credits {
            id
            source
            provider
            title
            completedOn
            hours
            countedHours
          }
          topics {
            label
            requiredHours
            earnedHours
            met
            when
          }
          sources {
            citation
            url
            checkedOn
          }
        }
      }
    }
  }
`);

export const MyOutsideCeDocument = graphql(`
  query MyOutsideCe($after: String) {
    myOutsideCe(first: 50, after: $after) {
      edges {
        node {
          id
          provider
          title
          completedOn
          hours
          selfPaced
          topics
          fileName
          fileUrl
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const RemoveOutsideCeDocument = graphql(`
  mutation RemoveOutsideCe($id: ID!) {
    removeOutsideCe(id: $id)
  }
`);

/** The topics a record can be tagged with, in the words boards use. */
export const TOPIC_LABELS: Record<string, string> = {
  ETHICS: 'Ethics',
  JURISPRUDENCE: 'Jurisprudence (laws and rules)',
  PROFESSIONALISM: 'Professionalism',
  CLINICAL: 'Clinical practice',
  MEDICAL_ERRORS: 'Prevention of medical errors',
  HIV_AIDS: 'HIV/AIDS',
  HUMAN_TRAFFICKING: 'Human trafficking',
  LIFE_SUPPORT: 'Life support (BLS)',
  SUICIDE_PREVENTION: 'Suicide prevention and screening',
};

/** The REST routes of the planner (bearer token, like other files). */
export const OUTSIDE_CE_PATH = '/renewals/outside-ce';
export const auditPackPath = (licenseId: string) =>
  `/renewals/licenses/${encodeURIComponent(licenseId)}/audit-pack.pdf`;
