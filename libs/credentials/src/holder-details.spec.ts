import { holderDetailsChanged } from './holder-details.js';

describe('holderDetailsChanged', () => {
  const printed = { holderName: 'Ana Ruiz', licenseNumber: 'PT-1234', licenseState: 'TX' };

  it('is false while the profile says what the certificate printed', () => {
    expect(holderDetailsChanged(printed, { ...printed })).toBe(false);
  });

  it('is true once the name, the license number or its state changed', () => {
    expect(holderDetailsChanged(printed, { ...printed, holderName: 'Ana Ruiz-Lopez' })).toBe(true);
    expect(holderDetailsChanged(printed, { ...printed, licenseNumber: 'PT-1243' })).toBe(true);
    expect(holderDetailsChanged(printed, { ...printed, licenseState: 'NM' })).toBe(true);
  });

  it('reads a license added after issue as a change', () => {
    const without = { holderName: 'Ana Ruiz', licenseNumber: null, licenseState: null };
    expect(holderDetailsChanged(without, printed)).toBe(true);
  });
});
