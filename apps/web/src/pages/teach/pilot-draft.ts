import { MIN_PILOT_TESTERS } from '@fascicle/credit-time';
import type { FieldErrors } from '../../graphql/errors';
import { parseDecimal, parseWhole } from './text';

export { MIN_PILOT_TESTERS };

/** A timed pilot of one lesson, as the form holds it. */
export interface PilotDraft {
  testers: string;
  medianMinutes: string;
  note: string;
  independentOfAuthors: boolean;
}

export const EMPTY_PILOT: PilotDraft = {
  testers: '',
  medianMinutes: '',
  note: '',
  independentOfAuthors: false,
};

export interface PilotValues {
  testers: number;
  medianMinutes: number;
  note: string;
  independentOfAuthors: boolean;
}

/** NASBA's rule: at least three testers from the audience, independent of the authors. */
export function parsePilot(
  draft: PilotDraft,
): { ok: true; values: PilotValues } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const testers = parseWhole(draft.testers);
  const median = parseDecimal(draft.medianMinutes);
  if (!testers.ok) errors['testers'] = testers.message;
  else if (testers.value < MIN_PILOT_TESTERS) {
    errors['testers'] = `A pilot needs at least ${MIN_PILOT_TESTERS} testers`;
  }
  if (!median.ok) errors['medianMinutes'] = median.message;
  else if (median.value <= 0) errors['medianMinutes'] = 'The median must be more than 0 minutes';
  if (draft.note.trim() === '') {
    errors['note'] = 'Say who the testers were and how they were timed';
  }
  if (!draft.independentOfAuthors) {
    errors['independentOfAuthors'] =
      'Only testers independent of the authors count: confirm they were';
  }
  if (!testers.ok || !median.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    values: {
      testers: testers.value,
      medianMinutes: median.value,
      note: draft.note.trim(),
      independentOfAuthors: true,
    },
  };
}
