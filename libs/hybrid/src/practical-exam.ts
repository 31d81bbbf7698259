/**
 * A practical examination: an examiner watches a candidate and marks each item of a checklist
 * passed or failed. Critical items are the ones where a single lapse can hurt a patient or the
 * clinician, or breaks a legal requirement, so none may fail; the others may fall short of
 * perfect by a set share, because one imperfect step of craft is coached, not failed.
 */

/** Of the items that are not critical, the whole percent that must pass. */
export const PRACTICAL_EXAM_OTHER_ITEMS_PERCENT = 80;

export interface ChecklistItem {
  /** Lower-case words and hyphens, unique in the checklist. */
  key: string;
  label: string;
  critical: boolean;
  /** One line: why the item is (or is not) critical. */
  reason: string;
}

export interface ItemMark {
  key: string;
  passed: boolean;
  notes?: string | null;
}

export interface FailedItem {
  key: string;
  label: string;
  critical: boolean;
  notes: string | null;
}

export interface PracticalExamResult {
  passed: boolean;
  /** Items marked failed, in checklist order, with the examiner's notes. */
  failed: FailedItem[];
  /** Items with no mark: an incomplete record never passes. */
  unmarked: string[];
  otherItemsPassed: number;
  otherItemsTotal: number;
  /** Sentences for the candidate and the record, empty when passed. */
  reasons: string[];
}

/**
 * What is wrong with a set of marks before it can be graded: a mark for an item that is not on
 * the checklist, or two marks for one item. Sentences, for a BAD_USER_INPUT error.
 */
export function practicalExamMarkProblems(
  checklist: readonly ChecklistItem[],
  marks: readonly ItemMark[],
): string[] {
  const keys = new Set(checklist.map((item) => item.key));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const mark of marks) {
    if (!keys.has(mark.key)) problems.push(`"${mark.key}" is not an item of this checklist.`);
    else if (seen.has(mark.key)) problems.push(`"${mark.key}" is marked more than once.`);
    seen.add(mark.key);
  }
  return problems;
}

/**
 * Passed iff every item is marked, every critical item passed, and at least
 * `otherItemsPercent` of the other items passed (exactly the share is enough; with no other
 * items the share is met). Throws a RangeError on marks {@link practicalExamMarkProblems}
 * refuses, which the caller checks first.
 */
export function gradePracticalExam(
  checklist: readonly ChecklistItem[],
  marks: readonly ItemMark[],
  otherItemsPercent = PRACTICAL_EXAM_OTHER_ITEMS_PERCENT,
): PracticalExamResult {
  if (!(otherItemsPercent >= 0 && otherItemsPercent <= 100)) {
    throw new RangeError('otherItemsPercent must be between 0 and 100');
  }
  const problems = practicalExamMarkProblems(checklist, marks);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  const byKey = new Map(marks.map((mark) => [mark.key, mark]));

  const failed: FailedItem[] = [];
  const unmarked: string[] = [];
  let otherItemsPassed = 0;
  let otherItemsTotal = 0;
  for (const item of checklist) {
    const mark = byKey.get(item.key);
    if (!item.critical) otherItemsTotal++;
    if (!mark) unmarked.push(item.key);
    else if (!mark.passed) {
      failed.push({
        key: item.key,
        label: item.label,
        critical: item.critical,
        notes: mark.notes ?? null,
      });
    } else if (!item.critical) otherItemsPassed++;
  }

  const reasons: string[] = [];
  if (unmarked.length > 0) {
    const labels = checklist
      .filter((item) => unmarked.includes(item.key))
      .map((item) => item.label);
    reasons.push(`Not marked yet: ${labels.join('; ')}.`);
  }
  for (const item of failed.filter((failure) => failure.critical)) {
    reasons.push(`Critical item failed: ${item.label}.`);
  }
  // Whole numbers on both sides, so exactly the share passes.
  if (otherItemsPassed * 100 < otherItemsPercent * otherItemsTotal) {
    const others = failed.filter((failure) => !failure.critical).map((failure) => failure.label);
    reasons.push(
      `${otherItemsPassed} of ${otherItemsTotal} other items passed; at least ${otherItemsPercent} % must` +
        (others.length > 0 ? ` (failed: ${others.join('; ')}).` : '.'),
    );
  }
  return {
    passed: reasons.length === 0,
    failed,
    unmarked,
    otherItemsPassed,
    otherItemsTotal,
    reasons,
  };
}

/**
 * The dry needling practical checklist. The first six items are the ones issue 18 names, all
 * critical; the five after them are steps of craft an examiner watches for, so the share of
 * other items (default 80 %: four of five) means something for this checklist.
 */
export const DRY_NEEDLING_PRACTICAL_CHECKLIST: readonly ChecklistItem[] = [
  {
    key: 'screening-contraindications',
    label: 'Screens the patient for contraindications and precautions before needling',
    critical: true,
    reason: 'A missed contraindication puts the patient at risk before any needle goes in.',
  },
  {
    key: 'consent',
    label: "Obtains and records the patient's consent to dry needling",
    critical: true,
    reason:
      "Florida's and Kansas's rules require it (and Virginia's proposed rule); see the state rules.",
  },
  {
    key: 'clean-technique',
    label: 'Uses clean technique: hand hygiene, skin preparation, untouched needle shaft',
    critical: true,
    reason: 'One break can infect the patient, and no later step can undo it.',
  },
  {
    key: 'needle-handling-sharps',
    label: 'Handles needles safely and disposes of every needle in a sharps container',
    critical: true,
    reason: 'A needlestick exposes the clinician, or the next person, to bloodborne infection.',
  },
  {
    key: 'technique-near-lung',
    label: 'Needles a muscle over the thorax with a technique that keeps the needle off the pleura',
    critical: true,
    reason: 'Pneumothorax has followed needling over the chest wall, and can need a chest tube.',
  },
  {
    key: 'adverse-event-response',
    label: 'Responds to an adverse event (such as a faint) in the right order',
    critical: true,
    reason: 'A patient who faints or is injured needs the right first steps at once.',
  },
  {
    key: 'positioning',
    label: 'Positions and supports the patient for access and comfort',
    critical: false,
    reason: 'Comfort and access; positioning over the thorax is judged under the lung item.',
  },
  {
    key: 'palpation-target',
    label: 'Locates the target muscle by palpation before inserting',
    critical: false,
    reason: 'Decides whether the needle reaches its target; safe insertion is judged elsewhere.',
  },
  {
    key: 'patient-communication',
    label: 'Tells the patient what they may feel during and after needling, and what to report',
    critical: false,
    reason: 'Affects comfort and reporting; the risks themselves are covered at consent.',
  },
  {
    key: 'reassessment',
    label: "Reassesses the patient's symptoms or movement after needling",
    critical: false,
    reason: 'Shows whether the treatment helped; leaving it out does not endanger the patient.',
  },
  {
    key: 'documentation',
    label: 'Records the muscles needled, the number of needles and the response',
    critical: false,
    reason: 'A gap in the note is fixed the same day; Kansas requires a record (K.A.R. 100-29-20).',
  },
];
