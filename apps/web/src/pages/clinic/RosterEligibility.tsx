import type { EligibilityVerdict } from '../../gql/graphql';
import { SelectField } from '../../ui/Field';
import { Badge } from '../../ui/Badge';
import { date } from '../../ui/format';
import { VERDICT_LOOK } from '../eligibility/verdict';

export interface MemberEligibility {
  state: string;
  verdict: EligibilityVerdict;
  missing: string[];
  checkedOn: string | null;
}

/**
 * A member's line for the clinic's state: the verdict's words and what is missing, read out
 * as one sentence ("Dry needling in CO: Requirements missing. Missing: …").
 */
export function EligibilityLine({
  eligibility,
  name,
}: {
  eligibility: MemberEligibility | null;
  name: string;
}) {
  if (!eligibility) return null;
  const look = VERDICT_LOOK[eligibility.verdict];
  return (
    <div className="roster-eligibility" aria-label={`Dry needling of ${name}`} role="group">
      <p>
        <span className="roster-label">Dry needling in {eligibility.state}: </span>
        <Badge tone={look.tone}>{look.words}</Badge>
      </p>
      {eligibility.missing.length > 0 && (
        <p className="muted">Missing: {eligibility.missing.join('; ')}</p>
      )}
    </div>
  );
}

/** The board decides: said under the roster with the date the state's rule was last read. */
export function EligibilityFootnote({
  reminder,
  checkedOn,
}: {
  reminder: string;
  checkedOn: string | null;
}) {
  return (
    <div className="notice notice-info roster-reminder">
      <p>
        <strong>Rules checked on:</strong> {checkedOn ? date(checkedOn) : 'no rule on record'}
      </p>
      <p>{reminder}</p>
    </div>
  );
}

const CHOICES = [
  { value: '', eligibleHere: null, words: 'All members' },
  { value: 'yes', eligibleHere: true, words: 'Eligible (or check with the board)' },
  { value: 'no', eligibleHere: false, words: 'Not eligible' },
] as const;

/** "yes" / "no" in the address; anything else is no filter. */
export function eligibleFromParam(value: string | null): boolean | null {
  return CHOICES.find((choice) => choice.value === value)?.eligibleHere ?? null;
}

export function eligibleToParam(value: boolean | null): string {
  return CHOICES.find((choice) => choice.eligibleHere === value)!.value;
}

/** The "may needle here" filter beside the credential status filter. */
export function EligibleHereFilter({
  value,
  onChange,
}: {
  value: boolean | null;
  onChange: (next: boolean | null) => void;
}) {
  return (
    <SelectField
      label="Eligible to needle here"
      value={eligibleToParam(value)}
      onChange={(event) => onChange(eligibleFromParam(event.target.value))}
    >
      {CHOICES.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.words}
        </option>
      ))}
    </SelectField>
  );
}
