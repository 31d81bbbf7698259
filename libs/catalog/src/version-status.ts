/**
 * The life of a course version. Only a DRAFT can change. A PUBLISHED version is what
 * learners enrol in and what certificates name, so it never changes again; it is RETIRED
 * when a newer version is published or an admin withdraws it, and stays readable for the
 * learners and certificates that point at it.
 */
export enum CourseVersionStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

export enum VersionAction {
  SUBMIT = 'SUBMIT',
  PUBLISH = 'PUBLISH',
  SEND_BACK = 'SEND_BACK',
  RETIRE = 'RETIRE',
}

const TRANSITIONS: Record<VersionAction, { from: CourseVersionStatus; to: CourseVersionStatus }> = {
  [VersionAction.SUBMIT]: { from: CourseVersionStatus.DRAFT, to: CourseVersionStatus.IN_REVIEW },
  [VersionAction.PUBLISH]: {
    from: CourseVersionStatus.IN_REVIEW,
    to: CourseVersionStatus.PUBLISHED,
  },
  [VersionAction.SEND_BACK]: {
    from: CourseVersionStatus.IN_REVIEW,
    to: CourseVersionStatus.DRAFT,
  },
  [VersionAction.RETIRE]: { from: CourseVersionStatus.PUBLISHED, to: CourseVersionStatus.RETIRED },
};

/** The status after `action`, or null when the action is not allowed from `current`. */
export function statusAfter(
  current: CourseVersionStatus,
  action: VersionAction,
): CourseVersionStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from === current ? transition.to : null;
}

export function isEditable(status: CourseVersionStatus): boolean {
  return status === CourseVersionStatus.DRAFT;
}

/** A version still in the making: at most one per course at a time. */
export function isOpen(status: CourseVersionStatus): boolean {
  return status === CourseVersionStatus.DRAFT || status === CourseVersionStatus.IN_REVIEW;
}

/**
 * A version learners may see and use: published, or retired (still readable for the
 * learners and certificates that point at it). Drafts and versions in review are for
 * their authors and admins only.
 */
export function isReleased(status: CourseVersionStatus): boolean {
  return status === CourseVersionStatus.PUBLISHED || status === CourseVersionStatus.RETIRED;
}
