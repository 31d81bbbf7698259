export enum QuestionType {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  TRUE_FALSE = 'TRUE_FALSE',
}

/** How a MULTIPLE_CHOICE question is scored; the other types are right or wrong. */
export enum MultipleChoiceScoring {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  PARTIAL_CREDIT = 'PARTIAL_CREDIT',
}
