import type { FieldErrors } from '../../../graphql/errors';

/** A grant of extra attempts or time on one quiz, as the form holds it. */
export interface AccommodationDraft {
  userId: string;
  extraAttempts: string;
  extraTimePercent: string;
  reason: string;
}

export const EMPTY_ACCOMMODATION: AccommodationDraft = {
  userId: '',
  extraAttempts: '0',
  extraTimePercent: '0',
  reason: '',
};

export interface AccommodationValues {
  userId: string;
  extraAttempts: number;
  extraTimePercent: number;
  reason: string;
}

function whole(text: string, min: number, max: number, what: string): number | string {
  const trimmed = text.trim() === '' ? '0' : text.trim();
  if (!/^\d+$/.test(trimmed)) return `Enter a whole number of ${what}`;
  const value = Number(trimmed);
  return value < min || value > max ? `Enter ${min} to ${max} ${what}` : value;
}

/** The API's bounds (GrantQuizAccommodationInput), checked before asking it. */
export function parseAccommodation(
  draft: AccommodationDraft,
): { ok: true; values: AccommodationValues } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const attempts = whole(draft.extraAttempts, 0, 20, 'attempts');
  const time = whole(draft.extraTimePercent, 0, 300, 'percent');
  if (!draft.userId) errors['userId'] = 'Find the learner and choose them';
  if (typeof attempts === 'string') errors['extraAttempts'] = attempts;
  if (typeof time === 'string') errors['extraTimePercent'] = time;
  if (attempts === 0 && time === 0) {
    errors['extraAttempts'] = 'Grant extra attempts, extra time, or both';
  }
  const reason = draft.reason.trim();
  if (reason.length < 10 || reason.length > 2000) {
    errors['reason'] = 'Give the reason in 10 to 2000 characters: it is kept and audited';
  }
  if (typeof attempts === 'string' || typeof time === 'string' || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    values: { userId: draft.userId, extraAttempts: attempts, extraTimePercent: time, reason },
  };
}
