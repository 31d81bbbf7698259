/** A certificate for one completed course, or a program credential earned by a set of them. */
export enum CertificateKind {
  COURSE = 'COURSE',
  PROGRAM = 'PROGRAM',
}

export interface ApprovalSnapshot {
  body: string;
  approvalNumber: string;
  isSample: boolean;
  /** The body's contact hour and step, and the hours it grants (absent on older certificates). */
  minutesPerHour?: number;
  increment?: number;
  hours?: number;
}
