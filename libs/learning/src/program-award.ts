import {
  certificateStatus,
  CertificateStatus,
  type CertificateValidity,
} from './certificate-status.js';

/** A course certificate a learner holds, as a program credential counts it. */
export interface CourseCertificateHeld extends CertificateValidity {
  courseId: string;
  completedOn: string;
  creditMinutes: number;
  liveMinutes: number;
}

/** What a program credential certifies: the minutes of its courses, and of them the live ones. */
export interface ProgramAward {
  creditMinutes: number;
  liveMinutes: number;
}

const current = (certificate: CertificateValidity, today: string) =>
  certificateStatus(certificate, today) === CertificateStatus.VALID;

/**
 * Whether a learner's certificates earn a program's credential on `today`: every course of the
 * program needs a current certificate (neither revoked nor expired), and someone who already
 * holds a current credential for the program is not given a second. The credential certifies
 * the minutes of the latest current certificate of each course. null when not earned.
 */
export function programAward(
  courseIds: readonly string[],
  courseCertificates: readonly CourseCertificateHeld[],
  programCredentials: readonly CertificateValidity[],
  today: string,
): ProgramAward | null {
  if (programCredentials.some((credential) => current(credential, today))) return null;
  const latest = new Map<string, CourseCertificateHeld>();
  for (const certificate of courseCertificates) {
    if (!courseIds.includes(certificate.courseId) || !current(certificate, today)) continue;
    const held = latest.get(certificate.courseId);
    if (!held || certificate.completedOn > held.completedOn) {
      latest.set(certificate.courseId, certificate);
    }
  }
  if (courseIds.some((courseId) => !latest.has(courseId))) return null;
  const counted = [...latest.values()];
  return {
    creditMinutes: counted.reduce((sum, certificate) => sum + certificate.creditMinutes, 0),
    liveMinutes: counted.reduce((sum, certificate) => sum + certificate.liveMinutes, 0),
  };
}
