import type { CredentialKind } from '../../gql/graphql';

/** The same words the certificate PDF and the signed credential use. */
export const CREDENTIAL_KIND_LABEL: Record<CredentialKind, string> = {
  DIDACTIC: 'Didactic coursework',
  LIVE: 'Live instruction',
  HYBRID: 'Hybrid (coursework and hands-on training)',
};

/** 68 → "68 minutes of instruction"; 1 → "1 minute of instruction". */
export function minutesOfInstruction(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} of instruction`;
}

export interface ApprovalHours {
  body: string;
  approvalNumber: string | null;
  /** e.g. "1.5 contact hours of 50 minutes" */
  hoursText: string;
  isSample?: boolean;
}

/**
 * "Florida Board of Physical Therapy, approval FL-123: 1.5 contact hours of 50 minutes":
 * each body's hours in its own unit, with the number an auditor looks up.
 */
export function approvalHoursLine(approval: ApprovalHours): string {
  const number = approval.approvalNumber ? `, approval ${approval.approvalNumber}` : '';
  const sample = approval.isSample ? ' (sample record, not a real approval)' : '';
  return `${approval.body}${number}: ${approval.hoursText}${sample}`;
}
