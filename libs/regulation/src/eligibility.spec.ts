import { addYears } from '@fascicle/common';
import {
  evaluateEligibility,
  wholeYears,
  type PractitionerRecord,
  type RequirementKind,
} from './eligibility.js';
import { ruleInForce, versionsOf } from './rule-versions.js';
import { loadStateRules, type DryNeedlingRule, type StateRule } from './state-rules.js';

const rules = loadStateRules();
const ON = '2026-12-01';

function stateRule(code: string): StateRule {
  const state = rules.states.find((row) => row.code === code);
  if (!state) throw new Error(`${code} is not in data/dry-needling.yaml`);
  return state;
}

/** The version of a state's rule in force on a date, as the API picks it. */
function inForce(code: string, onDate: string): DryNeedlingRule | null {
  const versions = versionsOf(stateRule(code)).map((rule) => ({ rule, recordedAt: '' }));
  return ruleInForce(versions, onDate)?.rule ?? null;
}

/**
 * A record that meets everything the rule sets, built from the rule's own figures: a license
 * in the state held long enough, one certificate with the hours (in person where asked), a
 * passed practical and the supervised sessions, all inside any window the rule sets.
 */
function meeting(state: string, rule: DryNeedlingRule, onDate: string): PractitionerRecord {
  const hours = Math.max(rule.trainingHours ?? 0, rule.inPersonHours ?? 0, 1);
  const trained = addYears(onDate, -1);
  const sessions = rule.supervisedSessions ?? 0;
  return {
    licenses: [
      {
        id: 'license-1',
        state,
        number: `${state}1234`,
        status: 'ACTIVE',
        issuedOn: addYears(onDate, -((rule.yearsLicensed ?? 0) + 1)),
        expiresOn: addYears(onDate, 1),
      },
    ],
    training: [
      {
        id: 'certificate-1',
        code: 'FSC-TEST',
        title: 'Trigger Point Dry Needling',
        completedOn: trained,
        revokedOn: null,
        onlineMinutes: 0,
        liveMinutes: hours * 60,
        coveredBy: null,
      },
    ],
    practicalExams: [
      { id: 'exam-1', title: 'Practical examination', passed: true, examinedOn: trained },
    ],
    supervisedSessions: Array.from({ length: sessions }, (_, i) => ({
      id: `session-${i + 1}`,
      sessionDate: trained,
    })),
  };
}

/** Breaks one requirement of a meeting record and nothing else. */
const BREAK: Partial<Record<RequirementKind, (record: PractitionerRecord) => PractitionerRecord>> =
  {
    LICENSE: (record) => ({
      ...record,
      // Licensed as long, but in another state.
      licenses: record.licenses.map((license) => ({ ...license, state: 'ZZ' })),
    }),
    YEARS_LICENSED: (record) => ({
      ...record,
      licenses: record.licenses.map((license) => ({
        ...license,
        issuedOn: addYears(ON, -1),
      })),
    }),
    PRACTICAL_EXAM: (record) => ({
      ...record,
      practicalExams: record.practicalExams.map((exam) => ({ ...exam, passed: false })),
    }),
    SUPERVISED_SESSIONS: (record) => ({
      ...record,
      supervisedSessions: record.supervisedSessions.slice(1),
    }),
  };

const permitted = rules.states.filter((state) => inForce(state.code, ON)?.status === 'PERMITTED');

describe.each(permitted.map((state) => [state.code, state] as const))(
  'dry needling eligibility in %s',
  (code) => {
    const rule = inForce(code, ON)!;
    const person = meeting(code, rule, ON);

    it('a person who meets every requirement passes', () => {
      const answer = evaluateEligibility(code, rule, person, ON);
      expect(answer.requirements.filter((check) => !check.met)).toEqual([]);
      expect(answer.verdict).toBe(rule.requirementsConfirmed ? 'ELIGIBLE' : 'CHECK_WITH_BOARD');
      expect(answer.checkedOn).toBe('2026-12-04');
      expect(answer.reminder).toMatch(/board decides/);
      for (const check of answer.requirements) expect(check.evidence.length).toBeGreaterThan(0);
    });

    const breakable = evaluateEligibility(code, rule, person, ON)
      .requirements.map((check) => check.kind)
      .filter((kind) => BREAK[kind]);
    it.each(breakable)('a person missing only %s is told exactly that', (kind) => {
      const answer = evaluateEligibility(code, rule, BREAK[kind]!(person), ON);
      expect(answer.verdict).toBe('MISSING_REQUIREMENTS');
      expect(answer.requirements.filter((check) => !check.met).map((check) => check.kind)).toEqual([
        kind,
      ]);
    });
  },
);

describe('states that do not permit dry needling', () => {
  const refusing = rules.states.filter(
    (state) => inForce(state.code, ON)?.status === 'NOT_PERMITTED',
  );

  it.each(refusing.map((state) => [state.code]))('%s answers so, with its source', (code) => {
    const rule = inForce(code, ON)!;
    const answer = evaluateEligibility(code, rule, meeting(code, rule, ON), ON);
    expect(answer.verdict).toBe('NOT_PERMITTED');
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.requirements).toEqual([]);
  });

  it('covers at least the states the data marks so (California, Hawaii, New York)', () => {
    expect(refusing.map((state) => state.code)).toEqual(expect.arrayContaining(['CA', 'HI', 'NY']));
  });
});

describe('Florida', () => {
  const rule = inForce('FL', ON)!;

  it('counts no online hours toward the 50 face-to-face hours', () => {
    const person = meeting('FL', rule, ON);
    person.training = [{ ...person.training[0]!, onlineMinutes: 50 * 60, liveMinutes: 0 }];
    const answer = evaluateEligibility('FL', rule, person, ON);
    const unmet = answer.requirements.filter((check) => !check.met).map((check) => check.kind);
    expect(unmet).toEqual(['TRAINING_HOURS', 'IN_PERSON_HOURS']);
  });

  it('is one supervised session short at 24 of 25, naming the 24 that counted', () => {
    const person = BREAK.SUPERVISED_SESSIONS!(meeting('FL', rule, ON));
    const sessions = evaluateEligibility('FL', rule, person, ON).requirements.find(
      (check) => check.kind === 'SUPERVISED_SESSIONS',
    )!;
    expect(sessions).toMatchObject({ met: false, found: '24 confirmed' });
    expect(sessions.evidence).toHaveLength(24);
  });

  it('does not count a session after the date asked about', () => {
    const person = meeting('FL', rule, ON);
    person.supervisedSessions[0] = { id: 'later', sessionDate: '2026-12-02' };
    const answer = evaluateEligibility('FL', rule, person, ON);
    expect(answer.verdict).toBe('MISSING_REQUIREMENTS');
  });

  it('does not count a course certificate twice when its program credential counts', () => {
    const person = meeting('FL', rule, ON);
    const program = { ...person.training[0]!, id: 'program', liveMinutes: 30 * 60 };
    const course = {
      ...person.training[0]!,
      id: 'course',
      liveMinutes: 30 * 60,
      coveredBy: 'program',
    };
    person.training = [program, course];
    const hours = evaluateEligibility('FL', rule, person, ON).requirements.find(
      (check) => check.kind === 'IN_PERSON_HOURS',
    )!;
    expect(hours).toMatchObject({ met: false, found: '30 h in person' });
  });
});

describe('a permitting rule that does not say what training it asks', () => {
  it('still asks for dry needling training (Colorado: the rule text was not retrieved)', () => {
    const rule = inForce('CO', ON)!;
    expect(rule.trainingRequired).toBeNull();
    const untrained = { ...meeting('CO', rule, ON), training: [] };
    const answer = evaluateEligibility('CO', rule, untrained, ON);
    expect(answer.verdict).toBe('MISSING_REQUIREMENTS');
    expect(answer.requirements.find((check) => !check.met)).toMatchObject({
      kind: 'TRAINING',
      required: expect.stringMatching(/does not confirm what training/),
    });
  });
});

describe('dated changes answer differently either side of the date', () => {
  it('Washington: not permitted under the 2016 opinion, permitted with the 2024 endorsement rule', () => {
    const before = inForce('WA', '2024-06-21')!;
    const after = inForce('WA', '2024-06-22')!;
    const person = meeting('WA', after, '2024-06-22');
    expect(evaluateEligibility('WA', before, person, '2024-06-21').verdict).toBe('NOT_PERMITTED');
    expect(evaluateEligibility('WA', after, person, '2024-06-22').verdict).toBe('CHECK_WITH_BOARD');
    expect(inForce('WA', '2016-04-14')).toBeNull();
  });

  it('Utah: the rule under 58-24b-505 asked for 250 sessions; H.B. 188 (2025) is not read yet', () => {
    const before = inForce('UT', '2025-05-06')!;
    const after = inForce('UT', '2025-05-07')!;
    const person = BREAK.SUPERVISED_SESSIONS!(meeting('UT', before, '2025-05-06'));
    const old = evaluateEligibility('UT', before, person, '2025-05-06');
    expect(old.verdict).toBe('MISSING_REQUIREMENTS');
    expect(old.requirements.find((check) => !check.met)?.kind).toBe('SUPERVISED_SESSIONS');
    const now = evaluateEligibility('UT', after, person, '2025-05-07');
    expect(now.verdict).toBe('CHECK_WITH_BOARD');
    expect(now.unconfirmed.join(' ')).toMatch(/58-24b-306/);
  });

  it('Oregon: unclear before HB 3824, waiting for the board’s rules after it', () => {
    const person = meeting('OR', inForce('OR', '2025-08-07')!, '2025-08-07');
    expect(
      evaluateEligibility('OR', inForce('OR', '2025-08-06'), person, '2025-08-06').verdict,
    ).toBe('UNKNOWN');
    expect(
      evaluateEligibility('OR', inForce('OR', '2025-08-07'), person, '2025-08-07').verdict,
    ).toBe('RULES_PENDING');
  });
});

describe('the record as of the date', () => {
  const rule = inForce('FL', ON)!;

  it('an expired or inactive license does not count', () => {
    const person = meeting('FL', rule, ON);
    const expired = { ...person, licenses: [{ ...person.licenses[0]!, expiresOn: '2026-11-30' }] };
    const inactive = { ...person, licenses: [{ ...person.licenses[0]!, status: 'INACTIVE' }] };
    for (const record of [expired, inactive]) {
      const answer = evaluateEligibility('FL', rule, record, ON);
      expect(answer.requirements.find((check) => check.kind === 'LICENSE')!.met).toBe(false);
    }
  });

  it('a certificate revoked before the date does not count; one revoked after does', () => {
    const person = meeting('FL', rule, ON);
    const revoked = (revokedOn: string) => ({
      ...person,
      training: [{ ...person.training[0]!, revokedOn }],
    });
    expect(evaluateEligibility('FL', rule, revoked('2026-11-01'), ON).verdict).toBe(
      'MISSING_REQUIREMENTS',
    );
    expect(evaluateEligibility('FL', rule, revoked('2026-12-02'), ON).verdict).toBe('ELIGIBLE');
  });

  it('asks for the first license’s issue date when none is recorded', () => {
    const person = meeting('FL', rule, ON);
    person.licenses = [{ ...person.licenses[0]!, issuedOn: null }];
    const years = evaluateEligibility('FL', rule, person, ON).requirements.find(
      (check) => check.kind === 'YEARS_LICENSED',
    )!;
    expect(years.met).toBe(false);
    expect(years.found).toMatch(/issue date/);
  });

  it('a state with no rule on record for the date is unknown, never eligible', () => {
    expect(evaluateEligibility('ZZ', null, meeting('ZZ', rule, ON), ON).verdict).toBe('UNKNOWN');
  });
});

describe('whole years', () => {
  it.each([
    ['2024-12-01', '2026-12-01', 2],
    ['2024-12-02', '2026-12-01', 1],
    ['2024-02-29', '2026-02-28', 2],
  ])('from %s to %s is %d', (from, to, years) => {
    expect(wholeYears(from, to)).toBe(years);
  });
});
