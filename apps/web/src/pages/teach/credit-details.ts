import type { FieldErrors } from '../../graphql/errors';
import type { CredentialKind } from '../../gql/graphql';
import type { Choice } from './Choices';

export const CREDENTIAL_KINDS: Choice<CredentialKind>[] = [
  { value: 'DIDACTIC', label: 'Didactic coursework', hint: 'Reading, video and quizzes.' },
  { value: 'LIVE', label: 'Live instruction', hint: 'Taught live, online or in person.' },
  {
    value: 'HYBRID',
    label: 'Hybrid',
    hint: 'Coursework and hands-on training.',
  },
];

export function credentialKindLabel(kind: CredentialKind): string {
  return CREDENTIAL_KINDS.find((choice) => choice.value === kind)?.label ?? kind;
}

/** What a certificate attests and when credit is offered, as the form holds it. */
export interface CreditDetailsDraft {
  credentialKind: CredentialKind;
  scopeStatement: string;
  releasedOn: string;
  contentReviewedOn: string;
  creditEndsOn: string;
}

export interface CreditDetailsSource {
  credentialKind: CredentialKind;
  scopeStatement: string;
  releasedOn?: string | null;
  contentReviewedOn?: string | null;
  creditEndsOn?: string | null;
}

export interface CreditDetailsValues {
  credentialKind: CredentialKind;
  scopeStatement: string;
  /** Null leaves the stored date as it is (the API's partial update). */
  releasedOn: string | null;
  contentReviewedOn: string | null;
  creditEndsOn: string | null;
}

export function creditDetailsDraft(version: CreditDetailsSource): CreditDetailsDraft {
  return {
    credentialKind: version.credentialKind,
    scopeStatement: version.scopeStatement,
    releasedOn: version.releasedOn ?? '',
    contentReviewedOn: version.contentReviewedOn ?? '',
    creditEndsOn: version.creditEndsOn ?? '',
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FIELDS = ['releasedOn', 'contentReviewedOn', 'creditEndsOn'] as const;

/** Dates as YYYY-MM-DD (what a date input gives); the API checks how they relate. */
export function parseCreditDetails(
  draft: CreditDetailsDraft,
): { ok: true; values: CreditDetailsValues } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  for (const field of DATE_FIELDS) {
    const value = draft[field].trim();
    if (value !== '' && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) {
      errors[field] = 'Enter a date as YYYY-MM-DD';
    }
  }
  if (
    draft.contentReviewedOn &&
    draft.creditEndsOn &&
    !errors['creditEndsOn'] &&
    draft.creditEndsOn <= draft.contentReviewedOn
  ) {
    errors['creditEndsOn'] = 'Credit must end after the content review';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const date = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    ok: true,
    values: {
      credentialKind: draft.credentialKind,
      scopeStatement: draft.scopeStatement.trim(),
      releasedOn: date(draft.releasedOn),
      contentReviewedOn: date(draft.contentReviewedOn),
      creditEndsOn: date(draft.creditEndsOn),
    },
  };
}
