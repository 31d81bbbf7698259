import { parseCalendarDate } from '@fascicle/learning';
/**
 * Whether a supervisor's recorded qualification meets a program's rule, before their
 * confirmation of a learner's supervised session counts toward the program.
 */

/** Matches `Profession.PHYSICAL_THERAPIST` in @fascicle/common (the spec checks it). */
export const PHYSICAL_THERAPIST = 'PHYSICAL_THERAPIST';

export interface SupervisorRule {
  /** The profession the supervisor must hold a current license in. */
  profession: string;
  /** Licensing jurisdictions accepted (two-letter codes); null when any state or DC will do. */
  licenseJurisdictions: readonly string[] | null;
  /** Whole years since the supervisor's first dry needling of a patient. */
  minimumDryNeedlingYears: number;
  /** Patient sessions of dry needling the supervisor has performed themselves. */
  minimumOwnSessions: number;
  /** Whether the supervisor must meet the program state's own rule for dry needling. */
  requiresStateQualification: boolean;
  /** The rule the figures come from. */
  source: { citation: string; url: string };
}

/**
 * Florida: supervision is observation by a PT licensed in any state or the District of
 * Columbia who meets Florida's qualifications for dry needling and has at least one year and 25
 * sessions of experience treating patients with dry needling, in person or by synchronous
 * telehealth (Fla. Admin. Code R. 64B17-6.008(1)(b), effective 19 April 2021, read at the URL
 * below, which is the rule's source in libs/regulation/data/dry-needling.yaml; that file's
 * Florida summary gives the same year and 25 sessions). s. 486.117(1)(c)1, which the rule
 * implements, adds that the supervisor holds an active license.
 */
export const FLORIDA_SUPERVISOR_RULE: SupervisorRule = {
  profession: PHYSICAL_THERAPIST,
  licenseJurisdictions: null,
  minimumDryNeedlingYears: 1,
  minimumOwnSessions: 25,
  requiresStateQualification: true,
  source: {
    citation: 'Fla. Admin. Code R. 64B17-6.008',
    url: 'https://www.law.cornell.edu/regulations/florida/Fla-Admin-Code-Ann-R-64B17-6-008',
  },
};

export interface SupervisorLicense {
  profession: string;
  /** Two-letter code of the licensing state or DC. */
  jurisdiction: string;
  /** YYYY-MM-DD, inclusive; null when the record gives no expiry. */
  expiresOn: string | null;
}

/** What is recorded about a supervisor; null where nothing was recorded. */
export interface SupervisorQualificationRecord {
  licenses: readonly SupervisorLicense[];
  /**
   * Whole years the supervisor has treated patients with dry needling, as they stated it when
   * they confirmed (the confirmation keeps a copy, so the figure is the one that was attested).
   */
  dryNeedlingYears: number | null;
  ownSessions: number | null;
  /** Whether the supervisor meets the program state's own rule for dry needling. */
  meetsStateQualification: boolean | null;
}

export type SupervisorShortfallCode =
  | 'NO_CURRENT_LICENSE'
  | 'EXPERIENCE_NOT_RECORDED'
  | 'TOO_LITTLE_EXPERIENCE'
  | 'SESSIONS_NOT_RECORDED'
  | 'TOO_FEW_SESSIONS'
  | 'STATE_QUALIFICATION_NOT_MET';

export interface SupervisorShortfall {
  code: SupervisorShortfallCode;
  message: string;
}

export type SupervisorQualification =
  { qualified: true } | { qualified: false; reasons: SupervisorShortfall[] };

/** Whether a license expiring on `expiresOn` (inclusive; null: no expiry) is current `today`. */
function currentOn(expiresOn: string | null, today: string): boolean {
  if (expiresOn === null) return true;
  parseCalendarDate(expiresOn);
  return expiresOn >= today;
}

/**
 * Checks a supervisor against a rule on `today` (YYYY-MM-DD). Every shortfall is listed, so a
 * supervisor learns at once everything that is missing. Nothing recorded counts as not met:
 * a board asks for evidence, not for the absence of a reason to doubt.
 */
export function supervisorQualification(
  rule: SupervisorRule,
  record: SupervisorQualificationRecord,
  today: string,
): SupervisorQualification {
  parseCalendarDate(today);
  const reasons: SupervisorShortfall[] = [];
  const currentLicense = record.licenses.some(
    (license) =>
      license.profession === rule.profession &&
      (rule.licenseJurisdictions === null ||
        rule.licenseJurisdictions.includes(license.jurisdiction)) &&
      currentOn(license.expiresOn, today),
  );
  if (!currentLicense) {
    const where =
      rule.licenseJurisdictions === null ? '' : ` in ${rule.licenseJurisdictions.join(', ')}`;
    reasons.push({
      code: 'NO_CURRENT_LICENSE',
      message: `No current ${rule.profession.toLowerCase().replaceAll('_', ' ')} license${where} is recorded.`,
    });
  }

  if (rule.minimumDryNeedlingYears > 0) {
    if (record.dryNeedlingYears === null) {
      reasons.push({
        code: 'EXPERIENCE_NOT_RECORDED',
        message: 'The years of dry needling experience are not recorded.',
      });
    } else if (record.dryNeedlingYears < rule.minimumDryNeedlingYears) {
      reasons.push({
        code: 'TOO_LITTLE_EXPERIENCE',
        message: `${rule.minimumDryNeedlingYears} year(s) of dry needling are needed; ${record.dryNeedlingYears} are recorded.`,
      });
    }
  }

  if (rule.minimumOwnSessions > 0) {
    if (record.ownSessions === null) {
      reasons.push({
        code: 'SESSIONS_NOT_RECORDED',
        message: 'The number of dry needling sessions performed is not recorded.',
      });
    } else if (record.ownSessions < rule.minimumOwnSessions) {
      reasons.push({
        code: 'TOO_FEW_SESSIONS',
        message: `${rule.minimumOwnSessions} dry needling sessions of their own are needed; ${record.ownSessions} are recorded.`,
      });
    }
  }

  if (rule.requiresStateQualification && record.meetsStateQualification !== true) {
    reasons.push({
      code: 'STATE_QUALIFICATION_NOT_MET',
      message:
        record.meetsStateQualification === null
          ? "Whether the supervisor meets the state's own dry needling requirements is not recorded."
          : "The supervisor does not meet the state's own dry needling requirements.",
    });
  }

  return reasons.length === 0 ? { qualified: true } : { qualified: false, reasons };
}
