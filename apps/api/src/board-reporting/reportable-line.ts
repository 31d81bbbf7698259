import type { Profession } from '@fascicle/common';
import type { LicenseNumberCheck } from '@fascicle/regulation';
import { BoardReportStatus } from './entities/board-report-line.entity.js';
import type { ReportedBoard } from './entities/board-reporting-settings.entity.js';

/** What a line needs to know of the certificate behind it. */
export interface ReportedCertificate {
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** A license as the identity module gives it. */
export interface HeldLicense {
  state: string;
  profession: Profession;
  number: string;
}

export type LicenseChecker = (
  state: string,
  profession: Profession,
  number: string,
) => LicenseNumberCheck;

/** Where a completion stands for one board, before anything was exported. */
export interface LineDecision {
  status: BoardReportStatus.PENDING | BoardReportStatus.NOT_REPORTABLE;
  licenseNumber: string | null;
  reason: string | null;
  note: string | null;
}

/**
 * Whether a completion can be reported to a board, and with which license number: a revoked
 * certificate is not; nor is a holder without a license for the board's state and profession,
 * or whose number fails the state's published format (it would bounce). A number whose state
 * publishes no format is reported as entered, with a note saying it was not checked.
 */
export function decideLine(
  certificate: ReportedCertificate,
  board: ReportedBoard,
  licenses: readonly HeldLicense[],
  check: LicenseChecker,
): LineDecision {
  const license = licenses.find(
    (held) => held.state === board.state && held.profession === board.profession,
  );
  const licenseNumber = license?.number ?? null;
  if (certificate.revokedAt) {
    const why = certificate.revokedReason ? `: ${certificate.revokedReason}` : '';
    return notReportable(licenseNumber, `The certificate was revoked${why}`);
  }
  if (!license) {
    return notReportable(
      null,
      `No ${board.state} ${words(board.profession)} license on the learner's profile`,
    );
  }
  const result = check(board.state, board.profession, license.number);
  switch (result.status) {
    case 'VALID':
      return {
        status: BoardReportStatus.PENDING,
        licenseNumber: result.normalized,
        reason: null,
        note: null,
      };
    case 'INVALID':
      return notReportable(license.number, `License number "${license.number}": ${result.message}`);
    case 'UNCHECKED':
      return {
        status: BoardReportStatus.PENDING,
        licenseNumber: license.number.trim(),
        reason: null,
        note: `License number format not checked: ${result.reason}`,
      };
  }
}

function notReportable(licenseNumber: string | null, reason: string): LineDecision {
  return { status: BoardReportStatus.NOT_REPORTABLE, licenseNumber, reason, note: null };
}

function words(profession: Profession): string {
  return profession.toLowerCase().replaceAll('_', ' ');
}
