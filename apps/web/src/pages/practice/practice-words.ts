import type {
  AdverseEventSeverity,
  AdverseEventType,
  BodyRegion,
  SupervisedSessionStatus,
} from '../../gql/graphql';

/** The API's body regions in words, in its order (head to foot). */
export const BODY_REGION_LABELS: Record<BodyRegion, string> = {
  HEAD_AND_NECK: 'Head and neck',
  SHOULDER_GIRDLE: 'Shoulder girdle',
  THORACIC_BACK: 'Thoracic back (over the lung)',
  CHEST_WALL: 'Chest wall (over the lung)',
  LUMBAR_BACK: 'Lumbar back',
  ABDOMEN: 'Abdomen',
  ARM: 'Arm',
  FOREARM_AND_HAND: 'Forearm and hand',
  HIP_AND_BUTTOCK: 'Hip and buttock',
  THIGH: 'Thigh',
  LEG_AND_FOOT: 'Leg and foot',
};

export const BODY_REGIONS = Object.keys(BODY_REGION_LABELS) as BodyRegion[];

export const STATUS_LABELS: Record<SupervisedSessionStatus, string> = {
  PENDING: 'Waiting for the supervisor',
  CONFIRMED: 'Confirmed',
  REJECTED: 'Rejected',
};

export const ADVERSE_EVENT_TYPE_LABELS: Record<AdverseEventType, string> = {
  BLEEDING: 'Bleeding',
  BRUISING: 'Bruising',
  PAIN: 'Pain during or after needling',
  SYNCOPE: 'Syncope (fainting)',
  PNEUMOTHORAX: 'Pneumothorax',
  NERVE_INJURY: 'Nerve injury',
  INFECTION: 'Infection',
  BROKEN_NEEDLE: 'Broken needle',
  OTHER: 'Other',
};

export const ADVERSE_EVENT_TYPES = Object.keys(ADVERSE_EVENT_TYPE_LABELS) as AdverseEventType[];

/**
 * The two levels as the studies the safety course cites define them (the API's
 * AdverseEventSeverity descriptions): a clinician chooses by the definition, not by feel.
 */
export const SEVERITIES: { value: AdverseEventSeverity; label: string; definition: string }[] = [
  {
    value: 'MILD',
    label: 'Mild',
    definition:
      'Short-lived and reversible, such as bruising, bleeding or pain during or after needling (“minor” in Boyce et al. 2020; the commonest mild events in Brady et al. 2014).',
  },
  {
    value: 'SIGNIFICANT',
    label: 'Significant',
    definition:
      'Needs further medical care, or stops the patient from their usual activities (“major” in Boyce et al. 2020; Brady et al. 2014 recorded none in 7,629 treatments).',
  },
];

export const SEVERITY_LABELS: Record<AdverseEventSeverity, string> = {
  MILD: 'Mild',
  SIGNIFICANT: 'Significant',
};

/** Muscles as typed, one per line or separated by commas, blanks dropped. */
export function muscleList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((muscle) => muscle.trim())
    .filter((muscle) => muscle.length > 0);
}

/** Today as YYYY-MM-DD in the reader's time zone: the latest date a log accepts. */
export function today(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export interface ProgramCount {
  programId: string;
  /** Confirmed by a supervisor who meets the program's rule: what counts. */
  confirmed: number;
  pending: number;
  rejected: number;
}

/**
 * Sessions by program and status, programs in the order they first appear. A confirmation by
 * a supervisor the program's rule does not accept is not counted (the session says why).
 */
export function countsByProgram(
  sessions: readonly {
    programId: string;
    status: SupervisedSessionStatus;
    supervisorCheck?: { qualified: boolean } | null;
  }[],
): ProgramCount[] {
  const counts = new Map<string, ProgramCount>();
  for (const session of sessions) {
    const count = counts.get(session.programId) ?? {
      programId: session.programId,
      confirmed: 0,
      pending: 0,
      rejected: 0,
    };
    if (session.status === 'CONFIRMED') {
      if (session.supervisorCheck?.qualified !== false) count.confirmed += 1;
    } else if (session.status === 'PENDING') count.pending += 1;
    else count.rejected += 1;
    counts.set(session.programId, count);
  }
  return [...counts.values()];
}

/**
 * The API names a list item's problem by its path (`muscles.2`): the form shows it by the
 * list's field. The first message for a field wins.
 */
export function errorsByField(errors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.split('.')[0] ?? path;
    result[field] ??= message;
  }
  return result;
}
