import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const TeachUpdateVersionDocument = graphql(`
  mutation TeachUpdateVersion($input: UpdateCourseVersionInput!) {
    updateCourseVersion(input: $input) {
      id
      title
      summary
      audience
      creditMinutes
      ceHours
      certificateValidityMonths
      learningObjectives
      objectives {
        key
        text
      }
      handsOnObjectives
      topicTags
      changelog
      credentialKind
      scopeStatement
      releasedOn
      contentReviewedOn
      creditEndsOn
      disclosure {
        ...TeachDisclosureFields
      }
    }
  }
`);

graphql(`
  fragment TeachDisclosureFields on CourseDisclosure {
    contributors {
      name
      credentials
      role
      relationships {
        company
        nature
      }
      mitigation
    }
    commercialSupport {
      company
      nature
    }
  }
`);

/**
 * Saves part of a draft's description. The answer updates the editor from the cache; the
 * credit report is refetched, since claimed minutes, objectives and disclosure feed its gates.
 */
export function useUpdateVersion() {
  return useMutation(TeachUpdateVersionDocument, {
    refetchQueries: ['TeachCreditReport'],
  });
}
