import {
  findPatientIdentifiers,
  patientIdentifierMessage,
  type PatientIdentifierKind,
} from './patient-free-text.js';

const kinds = (text: string): PatientIdentifierKind[] =>
  findPatientIdentifiers(text).map((finding) => finding.kind);

describe('patient identifiers in free text', () => {
  it.each([
    'Seen with pt born 03/14/1962',
    'Pt 14.03.62 tolerated well',
    'Reviewed note dated 1962-03-14',
    'Intake 3-14-62',
    'Intake 2/9/1962',
    'Reviewed intake (March 14, 1962)',
    'Reviewed intake, Mar 14th 1962',
    'Reviewed intake 14 March 1962',
  ])('finds a full date: %s', (text) => {
    expect(kinds(text)).toContain('FULL_DATE');
  });

  it.each(['DOB on file', 'D.O.B. checked', 'asked her date of birth', 'born in the spring'])(
    'finds the words of a date of birth: %s',
    (text) => {
      expect(kinds(text)).toContain('DATE_OF_BIRTH');
    },
  );

  it.each([
    'MRN 0045123',
    'Medical record reviewed',
    'record # 4471',
    'chart no. 88',
    'ID 48213377 on the sheet',
    'SSN 123-45-6789',
  ])('finds a record number: %s', (text) => {
    expect(kinds(text)).toContain('RECORD_NUMBER');
  });

  it.each([
    'call 303-555-0147 if sore',
    'call (303) 555-0147',
    'call (303)555-0147',
    'call 303.555.0147',
    'call 303 555 0147',
    'call +1 303 555 0147',
    'call 1-303-555-0147',
    'call 3035550147',
  ])('finds a US phone number: %s', (text) => {
    expect(kinds(text)).toEqual(['PHONE_NUMBER']);
  });

  it('finds an email address', () => {
    expect(kinds('wrote to jane.doe+pt@example.co.uk after')).toEqual(['EMAIL']);
  });

  it('gives each finding its position, without overlaps, in order', () => {
    const text = 'call 303-555-0147, DOB 03/14/1962';
    const findings = findPatientIdentifiers(text);
    expect(findings.map((f) => f.kind)).toEqual(['PHONE_NUMBER', 'DATE_OF_BIRTH', 'FULL_DATE']);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('303-555-0147');
    expect(text.slice(findings[2]!.start, findings[2]!.end)).toBe('03/14/1962');
  });

  it.each([
    '3 needles in the upper trapezius',
    'used 0.25 × 40 mm needles',
    'needle 0.30x50mm, 2 cm deep',
    '25 sessions so far, 12 supervised',
    'billed CPT 20560 and 20561',
    'seen today, follow-up next week',
    'local twitch response x4, VAS 7/10 to 3/10',
    'BP 120/80, HR 72',
    'depth 1.5 cm; 2.5.1 protocol',
    '10-15 minutes of pistoning, 2-3 passes',
    'about 1 in 1,024 sessions; 20,464 sessions in Boyce et al. 2020',
    'left gluteus medius, L4-L5 region',
    'session 3 of 6 on 12/3',
  ])('raises no alarm on clinical text: %s', (text) => {
    expect(findPatientIdentifiers(text)).toEqual([]);
  });

  it('names what it found in words and never repeats it', () => {
    const phone = patientIdentifierMessage(findPatientIdentifiers('call 303-555-0147'));
    expect(phone).toBe('Remove the phone number: the log must not identify the patient');
    const several = patientIdentifierMessage(
      findPatientIdentifiers('jo@example.com, MRN 1234567, 555-867-5309'),
    );
    expect(several).toBe(
      'Remove the email address, the record number and the phone number: the log must not identify the patient',
    );
    expect(several).not.toContain('5309');
    expect(patientIdentifierMessage([])).toBeNull();
  });
});
