import { addYears } from '@fascicle/common';
import type { GateProblem } from './credit-gates.js';

// Kept where the catalog's callers found it; the rule itself is @fascicle/common's.
export { addYears };

/**
 * What a learner is told before enrolling, as the ACCME Standards for Integrity and
 * Independence ask (also adopted by ACPE and ANCC): everyone who controls the content, their
 * financial relationships with ineligible companies over the past 24 months (or none) and
 * that relevant ones were mitigated, and commercial support (or none). California
 * (16 CCR 1399.96(k)) asks PT providers and instructors to disclose financial interests in
 * products they recommend.
 */
export interface FinancialRelationship {
  company: string;
  /** e.g. "consulting fees", "stock", "speaker's bureau" */
  nature: string;
}

export interface ContributorDisclosure {
  name: string;
  /** e.g. "PT, DPT, OCS" */
  credentials: string;
  /** e.g. "Author", "Reviewer" */
  role: string;
  /** Over the past 24 months; empty = none. */
  relationships: FinancialRelationship[];
  /** How relevant relationships were mitigated (required when there are any). */
  mitigation: string | null;
}

export interface CourseDisclosure {
  contributors: ContributorDisclosure[];
  /** Grants or in-kind support for this course; empty = none. */
  commercialSupport: FinancialRelationship[];
}

/**
 * Enduring material is reviewed at least every three years (ACCME), and credit is offered
 * no longer than that after the last review.
 */
export const CONTENT_REVIEW_YEARS = 3;

export interface CreditPeriod {
  /** YYYY-MM-DD; set to the day of publication when left empty. */
  releasedOn: string | null;
  creditEndsOn: string | null;
  contentReviewedOn: string | null;
}

export function disclosureProblems(
  disclosure: CourseDisclosure | null,
  period: CreditPeriod,
  today: string,
): GateProblem[] {
  const problems: GateProblem[] = [];
  const missing = (field: string, message: string) =>
    problems.push({ code: 'DISCLOSURE_MISSING', field, message });

  if (!disclosure || disclosure.contributors.length === 0) {
    missing(
      'disclosure.contributors',
      'Disclose who wrote and reviewed the course, with credentials and financial relationships (or none)',
    );
  }
  disclosure?.contributors.forEach((person, index) => {
    const at = `disclosure.contributors.${index}`;
    if (!person.name.trim()) missing(`${at}.name`, `Contributor ${index + 1} has no name`);
    if (!person.credentials.trim()) {
      missing(
        `${at}.credentials`,
        `${person.name || `Contributor ${index + 1}`}: give credentials`,
      );
    }
    if (person.relationships.length > 0 && !person.mitigation?.trim()) {
      missing(
        `${at}.mitigation`,
        `${person.name}: say how the financial relationships were mitigated before the content was written`,
      );
    }
  });

  const { contentReviewedOn: reviewed, creditEndsOn: ends, releasedOn: released } = period;
  if (!reviewed) {
    missing('contentReviewedOn', 'Give the date the content was last reviewed');
  } else if (reviewed > today) {
    problems.push({
      code: 'CONTENT_REVIEW_DUE',
      field: 'contentReviewedOn',
      message: `The last content review (${reviewed}) cannot be in the future`,
    });
  } else if (addYears(reviewed, CONTENT_REVIEW_YEARS) <= today) {
    problems.push({
      code: 'CONTENT_REVIEW_DUE',
      field: 'contentReviewedOn',
      message: `The content was last reviewed on ${reviewed}: review it at least every ${CONTENT_REVIEW_YEARS} years`,
    });
  }
  if (!ends) {
    missing('creditEndsOn', 'Give the date after which credit is no longer offered');
  } else {
    const start = released ?? today;
    if (ends <= start) {
      problems.push({
        code: 'CREDIT_END_INVALID',
        field: 'creditEndsOn',
        message: `Credit must still be offered after release (${start}); it ends on ${ends}`,
      });
    } else if (reviewed && ends > addYears(reviewed, CONTENT_REVIEW_YEARS)) {
      problems.push({
        code: 'CREDIT_END_INVALID',
        field: 'creditEndsOn',
        message: `Credit may be offered until ${addYears(reviewed, CONTENT_REVIEW_YEARS)}, three years after the last content review, not ${ends}`,
      });
    }
  }
  return problems;
}
