import type { CreditReportFieldsFragment } from '../../../gql/graphql';

/** A credit report as the API answers it, for component tests. */
export function creditReport(
  overrides: Partial<CreditReportFieldsFragment> = {},
): CreditReportFieldsFragment {
  const hours = (text: string) => ({
    __typename: 'ContactHours' as const,
    label: 'Default (60-minute hours)',
    approvalNumber: null,
    minutesPerHour: 60,
    increment: 0.25,
    hours: 0,
    text,
  });
  // The cache wants each object's __typename; the fragment's type leaves it out.
  const report = {
    __typename: 'CreditReport',
    claimedMinutes: 30,
    supportedMinutes: 31,
    lessonMinutes: 23.6,
    quizMinutes: 7.4,
    readingWordsPerMinute: 180,
    minutesPerQuestion: 1.85,
    seatTimeTolerancePercent: 20,
    claimedHours: [hours('0.5 contact hours of 60 minutes')],
    supportedHours: [hours('0.5 contact hours of 60 minutes')],
    lessons: [],
    quizzes: [],
    problems: [],
    overrides: [],
    ...overrides,
  };
  return report as CreditReportFieldsFragment;
}

/** One failing gate, as the report lists it. */
export function gateProblem(
  code: string,
  field: string,
  message: string,
): CreditReportFieldsFragment['problems'][number] {
  const problem = { __typename: 'GateProblem', code, field, message, overridden: false };
  return problem as CreditReportFieldsFragment['problems'][number];
}
