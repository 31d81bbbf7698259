import { licenseProblems, licenseRecordProblems } from './license-requirement.js';
import { Profession } from './profession.js';

describe('licenseProblems', () => {
  it('requires number and state for a physical therapist', () => {
    expect(licenseProblems({ profession: Profession.PHYSICAL_THERAPIST })).toEqual([
      { field: 'licenseNumber', reason: 'REQUIRED' },
      { field: 'licenseState', reason: 'REQUIRED' },
    ]);
  });

  it('accepts a well-formed license', () => {
    expect(
      licenseProblems({
        profession: Profession.PHYSICAL_THERAPIST,
        licenseNumber: 'PT-012345',
        licenseState: 'CO',
      }),
    ).toEqual([]);
  });

  it('lets educators and clinic staff leave the license out', () => {
    expect(licenseProblems({ profession: Profession.EDUCATOR })).toEqual([]);
    expect(licenseProblems({ profession: Profession.CLINIC_STAFF, licenseNumber: '  ' })).toEqual(
      [],
    );
  });

  it('asks for the state when only a number is given, even for staff', () => {
    expect(licenseProblems({ profession: Profession.CLINIC_STAFF, licenseNumber: 'A123' })).toEqual(
      [{ field: 'licenseState', reason: 'REQUIRED' }],
    );
  });

  it('refuses unknown states and malformed numbers', () => {
    expect(
      licenseProblems({
        profession: Profession.ATHLETIC_TRAINER,
        licenseNumber: '<script>',
        licenseState: 'XX',
      }),
    ).toEqual([
      { field: 'licenseNumber', reason: 'INVALID' },
      { field: 'licenseState', reason: 'INVALID' },
    ]);
  });
});

describe('licenseRecordProblems', () => {
  const today = '2026-12-04';
  const valid = { state: 'TX', number: 'PT-1234', issuedOn: '2015-06-01', expiresOn: '2027-06-30' };

  it('accepts a license with or without its dates', () => {
    expect(licenseRecordProblems(valid, today)).toEqual([]);
    expect(licenseRecordProblems({ state: 'CO', number: '12345' }, today)).toEqual([]);
  });

  it('names a state that licenses no one and a malformed number', () => {
    expect(licenseRecordProblems({ ...valid, state: 'ZZ', number: '#1' }, today)).toEqual([
      { field: 'state', reason: 'INVALID' },
      { field: 'number', reason: 'INVALID' },
    ]);
  });

  it('refuses days that do not exist, an issue date to come, and an expiry before issue', () => {
    expect(licenseRecordProblems({ ...valid, issuedOn: '2025-02-30' }, today)).toEqual([
      { field: 'issuedOn', reason: 'INVALID' },
    ]);
    expect(licenseRecordProblems({ ...valid, issuedOn: '2026-12-05' }, today)).toEqual([
      { field: 'issuedOn', reason: 'IN_THE_FUTURE' },
    ]);
    expect(licenseRecordProblems({ ...valid, expiresOn: '2015-06-01' }, today)).toEqual([
      { field: 'expiresOn', reason: 'NOT_AFTER_ISSUE' },
    ]);
  });

  it('lets an expiry in the past stand: the record says what the license says', () => {
    expect(licenseRecordProblems({ ...valid, expiresOn: '2020-01-01' }, today)).toEqual([]);
  });
});
