import { graphql } from '../../gql';

/** What the exam screens show of a record. */
export const PracticalExamFieldsFragment = graphql(`
  fragment PracticalExamFields on PracticalExam {
    id
    checklistId
    checklistTitle
    checklistVersion
    programId
    candidateId
    candidateName
    examinerName
    examinedOn
    sessionId
    passed
    reasons
    summary
    replacesId
    correctionReason
    replacedById
    current
    signedAt
    signatureValid
    results {
      key
      label
      critical
      passed
      notes
    }
    criticalFailed {
      key
      label
    }
  }
`);

export const PracticalExamSetupDocument = graphql(`
  query PracticalExamSetup($programId: ID!, $candidateId: ID!) {
    practicalChecklists(programId: $programId) {
      id
      title
      version
      nonCriticalPassPercent
      items {
        key
        label
        critical
        description
      }
    }
    practicalExams(candidateId: $candidateId, first: 20) {
      edges {
        node {
          ...PracticalExamFields
        }
      }
    }
  }
`);

export const RecordPracticalExamDocument = graphql(`
  mutation RecordPracticalExam($input: RecordPracticalExamInput!) {
    recordPracticalExam(input: $input) {
      ...PracticalExamFields
    }
  }
`);

export const CorrectPracticalExamDocument = graphql(`
  mutation CorrectPracticalExam(
    $recordId: ID!
    $input: PracticalExamSittingInput!
    $reason: String!
  ) {
    correctPracticalExam(recordId: $recordId, input: $input, reason: $reason) {
      ...PracticalExamFields
    }
  }
`);
