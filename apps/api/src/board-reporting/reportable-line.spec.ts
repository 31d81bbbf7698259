import { Profession } from '@fascicle/common';
import { checkLicenseNumber } from '@fascicle/regulation';
import { BoardReportStatus } from './entities/board-report-line.entity.js';
import { decideLine, type HeldLicense } from './reportable-line.js';

const FLORIDA_PT = { state: 'FL', profession: Profession.PHYSICAL_THERAPIST };
const CURRENT = { revokedAt: null, revokedReason: null };
const license = (state: string, number: string): HeldLicense => ({
  state,
  profession: Profession.PHYSICAL_THERAPIST,
  number,
});

describe('decideLine', () => {
  it('reports a number that matches the state format, as the state writes it', () => {
    const decision = decideLine(
      CURRENT,
      FLORIDA_PT,
      [license('FL', 'pt0001665')],
      checkLicenseNumber,
    );
    expect(decision).toEqual({
      status: BoardReportStatus.PENDING,
      licenseNumber: 'PT0001665',
      reason: null,
      note: null,
    });
  });

  it('does not report a number that fails the format, and says why', () => {
    const decision = decideLine(
      CURRENT,
      FLORIDA_PT,
      [license('FL', '0001665')],
      checkLicenseNumber,
    );
    expect(decision.status).toBe(BoardReportStatus.NOT_REPORTABLE);
    expect(decision.reason).toMatch(/"0001665".*PT/);
  });

  it('does not report a holder without a license for the board', () => {
    const decision = decideLine(CURRENT, FLORIDA_PT, [license('CO', 'PT-1')], checkLicenseNumber);
    expect(decision).toMatchObject({
      status: BoardReportStatus.NOT_REPORTABLE,
      licenseNumber: null,
    });
    expect(decision.reason).toMatch(/No FL physical therapist license/);
  });

  it('does not report a revoked certificate', () => {
    const revoked = { revokedAt: new Date('2026-12-01'), revokedReason: 'Issued in error' };
    const decision = decideLine(
      revoked,
      FLORIDA_PT,
      [license('FL', 'PT0001665')],
      checkLicenseNumber,
    );
    expect(decision.status).toBe(BoardReportStatus.NOT_REPORTABLE);
    expect(decision.reason).toBe('The certificate was revoked: Issued in error');
  });

  it('reports an unchecked number as entered, with a note', () => {
    const unchecked = () => ({ status: 'UNCHECKED' as const, reason: 'No published format.' });
    const decision = decideLine(CURRENT, FLORIDA_PT, [license('FL', ' 12-34 ')], unchecked);
    expect(decision).toEqual({
      status: BoardReportStatus.PENDING,
      licenseNumber: '12-34',
      reason: null,
      note: 'License number format not checked: No published format.',
    });
  });
});
