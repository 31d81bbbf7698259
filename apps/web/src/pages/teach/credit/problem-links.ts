/** Where an author fixes a credit-gate problem, from the field the API names. */
export interface ProblemLink {
  to: string;
  label: string;
}

export interface ProblemContext {
  versionId: string;
  /** The bank a question belongs to, for `questions.<id>.*`. */
  bankOfQuestion: (questionId: string) => string | undefined;
}

/** Sections of the version editor that a problem's link opens (their headings' ids). */
export const SECTION = {
  description: 'description-heading',
  credit: 'credit-details-heading',
  disclosure: 'disclosure-heading',
} as const;

const CREDIT_FIELDS = new Set([
  'credentialKind',
  'scopeStatement',
  'releasedOn',
  'contentReviewedOn',
  'creditEndsOn',
]);

/**
 * The field names come from the API's gate problems: `creditMinutes`,
 * `lessons.<id>.seatTimeMinutes`, `questions.<id>.objectiveTag`, `quizzes.<id>.blueprint`,
 * `quizzes`, `questionBanks.<id>`, `learningObjectives.<key>`, `disclosure.*` and the dates.
 */
export function problemLink(field: string, context: ProblemContext): ProblemLink | null {
  const base = `/teach/versions/${context.versionId}`;
  const [head, id] = field.split('.');
  if (field === 'creditMinutes' || field === 'objectiveKeys') {
    return { to: `${base}#${SECTION.description}`, label: 'Edit the description' };
  }
  if (CREDIT_FIELDS.has(field)) {
    return { to: `${base}#${SECTION.credit}`, label: 'Edit the credential and credit period' };
  }
  switch (head) {
    case 'disclosure':
      return { to: `${base}#${SECTION.disclosure}`, label: 'Edit the disclosure' };
    case 'lessons':
      return id ? { to: `${base}/lessons/${id}`, label: 'Open the lesson' } : null;
    case 'questions': {
      const bankId = id ? context.bankOfQuestion(id) : undefined;
      return bankId
        ? { to: `${base}/banks/${bankId}#question-${id}`, label: 'Open the question' }
        : { to: `${base}/assessment`, label: 'Open questions and quizzes' };
    }
    case 'questionBanks':
      return id
        ? { to: `${base}/banks/${id}`, label: 'Open the question bank' }
        : { to: `${base}/assessment`, label: 'Open questions and quizzes' };
    case 'quizzes':
      return id
        ? { to: `${base}/assessment#quiz-${id}`, label: 'Open the quiz settings' }
        : { to: `${base}/assessment`, label: 'Add a quiz' };
    case 'learningObjectives':
      return { to: `${base}/assessment`, label: 'Tag questions and set the quizzes' };
    default:
      return null;
  }
}

/** questionId → bankId, from the version's banks. */
export function bankIndex(
  banks: readonly { id: string; questions: readonly { id: string }[] }[],
): (questionId: string) => string | undefined {
  const index = new Map<string, string>();
  for (const bank of banks) for (const question of bank.questions) index.set(question.id, bank.id);
  return (questionId) => index.get(questionId);
}
