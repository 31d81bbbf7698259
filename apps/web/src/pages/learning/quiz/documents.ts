import { graphql } from '../../../gql';

export const AttemptFields = graphql(`
  fragment AttemptFields on QuizAttempt {
    id
    quizId
    attemptNumber
    status
    startedAt
    secondsRemaining
    submittedAt
    submittedLate
    result {
      scorePercent
      scorePoints
      maxPoints
      passed
      showsCorrectness
      showsKey
    }
    questions {
      questionId
      position
      type
      stemHtml
      selectedOptionIds
      options {
        id
        text
      }
      review {
        correct
        points
        correctOptionIds
        explanationHtml
        reference
      }
    }
  }
`);

export const QuizPageDocument = graphql(`
  query QuizPage($quizId: ID!) {
    quiz(id: $quizId) {
      id
      title
      isFinalExam
      passingScorePercent
      questionsPerAttempt
      timeLimitSeconds
      maxAttempts
      retakeWaitMinutes
      reviewContent
      reviewTiming
      viewerPolicy {
        maxAttempts
        timeLimitSeconds
        attemptsUsed
        nextAttemptAt
        retakeWaitMinutes
      }
    }
    myQuizAttempts(quizId: $quizId) {
      ...AttemptFields
    }
  }
`);

export const StartAttemptDocument = graphql(`
  mutation StartQuizAttempt($quizId: ID!) {
    startQuizAttempt(quizId: $quizId) {
      ...AttemptFields
    }
  }
`);

export const SaveAnswerDocument = graphql(`
  mutation SaveAnswer($input: SaveAnswerInput!) {
    saveAnswer(input: $input) {
      attemptId
      questionId
      selectedOptionIds
      answeredAt
    }
  }
`);

export const SubmitAttemptDocument = graphql(`
  mutation SubmitQuizAttempt($attemptId: ID!) {
    submitQuizAttempt(attemptId: $attemptId) {
      ...AttemptFields
    }
  }
`);
