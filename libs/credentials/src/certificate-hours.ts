import {
  contactHours,
  DEFAULT_CONTACT_HOUR,
  describeContactHours,
  type ContactHourUnit,
} from '@fascicle/catalog';

/** An approval as a certificate records it: the unit and hours are absent on older ones. */
export interface ApprovalClaim {
  body: string;
  approvalNumber: string;
  isSample: boolean;
  minutesPerHour?: number;
  increment?: number;
  hours?: number;
}

export interface ApprovalHours {
  body: string;
  approvalNumber: string;
  isSample: boolean;
  minutesPerHour: number;
  increment: number;
  hours: number;
  /** e.g. "1.5 contact hours of 50 minutes" */
  hoursText: string;
}

/**
 * The hours an approval grants, in that body's contact hour: boards count 50 or 60 minutes
 * and step by a quarter or a half, so "1.5" means nothing without the unit. Certificates
 * issued before approvals had units counted 60-minute hours in quarters; they read so.
 */
export function approvalHours(approval: ApprovalClaim, creditMinutes: number): ApprovalHours {
  const unit: ContactHourUnit = {
    minutesPerHour: approval.minutesPerHour ?? DEFAULT_CONTACT_HOUR.minutesPerHour,
    increment: approval.increment ?? DEFAULT_CONTACT_HOUR.increment,
  };
  const hours = approval.hours ?? contactHours(creditMinutes, unit);
  return {
    body: approval.body,
    approvalNumber: approval.approvalNumber,
    isSample: approval.isSample,
    ...unit,
    hours,
    hoursText: describeContactHours(hours, unit),
  };
}
