import type { BoardReportStatus, Profession } from '../../../gql/graphql';
import type { Tone } from '../../../ui/Badge';

export const STATUS_WORDS: Record<BoardReportStatus, { label: string; tone: Tone }> = {
  PENDING: { label: 'Waiting for export', tone: 'info' },
  EXPORTED: { label: 'Exported', tone: 'neutral' },
  ACCEPTED: { label: 'Accepted by CE Broker', tone: 'ok' },
  REJECTED: { label: 'Rejected by CE Broker', tone: 'danger' },
  NOT_REPORTABLE: { label: 'Not reportable', tone: 'warn' },
};

export const STATUSES = Object.keys(STATUS_WORDS) as BoardReportStatus[];

/** The licensed professions a board reports for (the others hold no license). */
export const REPORTED_PROFESSIONS: { value: Profession; label: string }[] = [
  { value: 'PHYSICAL_THERAPIST', label: 'Physical therapist' },
  { value: 'PHYSICAL_THERAPIST_ASSISTANT', label: 'Physical therapist assistant' },
  { value: 'ATHLETIC_TRAINER', label: 'Athletic trainer' },
  { value: 'CHIROPRACTOR', label: 'Chiropractor' },
  { value: 'OCCUPATIONAL_THERAPIST', label: 'Occupational therapist' },
  { value: 'PHYSICIAN', label: 'Physician' },
  { value: 'ACUPUNCTURIST', label: 'Acupuncturist' },
  { value: 'OTHER_LICENSED_CLINICIAN', label: 'Other licensed clinician' },
];

export function professionLabel(profession: Profession): string {
  return REPORTED_PROFESSIONS.find((p) => p.value === profession)?.label ?? profession;
}
