import { Profession } from '@fascicle/common';
import { loadStateRules } from '@fascicle/regulation';
import {
  FLORIDA_SUPERVISOR_RULE,
  PHYSICAL_THERAPIST,
  supervisorQualification,
  type SupervisorQualificationRecord,
} from './supervisor-qualification.js';

const today = '2026-06-15';
const qualified: SupervisorQualificationRecord = {
  licenses: [{ profession: PHYSICAL_THERAPIST, jurisdiction: 'GA', expiresOn: '2027-12-31' }],
  dryNeedlingYears: 1,
  ownSessions: 25,
  meetsStateQualification: true,
};
const check = (fields: Partial<SupervisorQualificationRecord>) =>
  supervisorQualification(FLORIDA_SUPERVISOR_RULE, { ...qualified, ...fields }, today);
const codes = (fields: Partial<SupervisorQualificationRecord>) => {
  const result = check(fields);
  return result.qualified ? [] : result.reasons.map((reason) => reason.code);
};

describe('supervisorQualification (Florida)', () => {
  it('qualifies a PT licensed in any state with exactly one year and 25 sessions', () => {
    expect(check({})).toEqual({ qualified: true });
  });

  it('refuses less than a year and one session short of 25', () => {
    expect(check({ dryNeedlingYears: 0, ownSessions: 24 })).toEqual({
      qualified: false,
      reasons: [
        {
          code: 'TOO_LITTLE_EXPERIENCE',
          message: '1 year(s) of dry needling are needed; 0 are recorded.',
        },
        {
          code: 'TOO_FEW_SESSIONS',
          message: '25 dry needling sessions of their own are needed; 24 are recorded.',
        },
      ],
    });
  });

  it('needs a current license in the right profession', () => {
    const license = qualified.licenses[0]!;
    expect(codes({ licenses: [] })).toEqual(['NO_CURRENT_LICENSE']);
    expect(codes({ licenses: [{ ...license, expiresOn: '2026-06-14' }] })).toEqual([
      'NO_CURRENT_LICENSE',
    ]);
    expect(codes({ licenses: [{ ...license, expiresOn: today }] })).toEqual([]);
    expect(
      codes({ licenses: [{ ...license, profession: Profession.PHYSICAL_THERAPIST_ASSISTANT }] }),
    ).toEqual(['NO_CURRENT_LICENSE']);
  });

  it('counts nothing recorded as not met', () => {
    expect(
      codes({ dryNeedlingYears: null, ownSessions: null, meetsStateQualification: null }),
    ).toEqual(['EXPERIENCE_NOT_RECORDED', 'SESSIONS_NOT_RECORDED', 'STATE_QUALIFICATION_NOT_MET']);
    expect(codes({ meetsStateQualification: false })).toEqual(['STATE_QUALIFICATION_NOT_MET']);
  });

  it('limits licenses to the jurisdictions a rule names', () => {
    const floridaOnly = { ...FLORIDA_SUPERVISOR_RULE, licenseJurisdictions: ['FL'] };
    const result = supervisorQualification(floridaOnly, qualified, today);
    expect(result).toEqual({
      qualified: false,
      reasons: [
        {
          code: 'NO_CURRENT_LICENSE',
          message: 'No current physical therapist license in FL is recorded.',
        },
      ],
    });
  });
});

describe('FLORIDA_SUPERVISOR_RULE', () => {
  const florida = loadStateRules().states.find((state) => state.code === 'FL')!;

  it('uses the profession name of @fascicle/common', () => {
    expect(PHYSICAL_THERAPIST).toBe(Profession.PHYSICAL_THERAPIST);
  });

  it('agrees with the Florida row of the state rules file', () => {
    expect(florida.sources.map((source) => source.url)).toContain(
      FLORIDA_SUPERVISOR_RULE.source.url,
    );
    expect(
      florida.sources.find((source) => source.url === FLORIDA_SUPERVISOR_RULE.source.url)?.citation,
    ).toContain('64B17-6.008');
    // The file keeps the supervisor's figures in the summary's words: a changed figure there
    // must be changed here too.
    expect(florida.summary.replace(/\s+/g, ' ')).toContain(
      'supervised by a PT with at least a year and 25 sessions of dry needling experience',
    );
  });
});
