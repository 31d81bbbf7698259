import { licenseProblems } from './license-requirement.js';
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
