import { CourseVersionStatus, isOpen } from '@fascicle/catalog';
import type { Principal } from '../identity/auth/principal.js';
import type { SeedRecords } from './seed-records.js';
import type { SeedServices } from './seed-services.js';

type Course = NonNullable<Awaited<ReturnType<SeedServices['catalog']['courseBySlug']>>>;
type Version = Awaited<ReturnType<SeedServices['catalog']['versionsByCourseIds']>>[number][number];

/**
 * What the seed writes down before it opens a version of a course and once it has, so that
 * a run after a crash (a kill between any two of the many steps of writing a course) knows
 * the open version is its own, and finishes or rewrites it instead of being refused a new
 * draft.
 */
export interface PendingVersion {
  /** The fingerprint of the course files the version is being written from. */
  fingerprint: string;
  /** Null between "about to open it" and "opened it". */
  versionId: string | null;
  /** The course did not exist before this version. */
  newCourse: boolean;
}

export class SeedDrafts {
  constructor(
    private readonly services: SeedServices,
    private readonly records: SeedRecords,
  ) {}

  async pending(slug: string): Promise<PendingVersion | null> {
    const value = await this.records.get(key(slug));
    return value ? (JSON.parse(value) as PendingVersion) : null;
  }

  async note(slug: string, pending: PendingVersion): Promise<void> {
    await this.records.set(key(slug), JSON.stringify(pending));
  }

  async done(slug: string): Promise<void> {
    await this.records.remove(key(slug));
  }

  /**
   * The course's draft or version in review, if any, when the seed opened it; another
   * author's is refused with a message saying what to do.
   */
  async ownOpenVersion(
    course: Course,
    pending: PendingVersion | null,
    author: Principal,
  ): Promise<Version | null> {
    const [versions] = await this.services.catalog.versionsByCourseIds([course.id]);
    const open = versions.find((version) => isOpen(version.status));
    if (!open) return null;
    const ours = pending
      ? pending.versionId === null || pending.versionId === open.id
      : // Left by a seed run from before this bookkeeping: the first version of a course the
        // seed's author created and never got to publish.
        open.number === 1 && !course.publishedVersionId && course.createdBy === author.userId;
    if (!ours) {
      throw new Error(
        `The course ${course.slug} has a draft or a version in review (version ${open.number}) ` +
          'that the seed did not start: publish or discard it, then run the seed again.',
      );
    }
    return open;
  }

  /**
   * Makes the seed's own open version ready to be written from the files: a version in
   * review is published as it is when it was submitted from these very files; otherwise it
   * is sent back to draft if need be and emptied.
   */
  async reopen(
    version: Version,
    pending: PendingVersion | null,
    fingerprint: string,
    publisher: Principal,
    clear: (versionId: string) => Promise<void>,
  ): Promise<'SUBMITTED' | 'EMPTY'> {
    if (version.status === CourseVersionStatus.IN_REVIEW) {
      if (pending?.versionId === version.id && pending.fingerprint === fingerprint) {
        return 'SUBMITTED';
      }
      await this.services.review.sendBack(
        version.id,
        'Rewritten by the seed from the curriculum files after an interrupted run.',
        publisher,
      );
    }
    await clear(version.id);
    return 'EMPTY';
  }
}

function key(slug: string): string {
  return `course-draft:${slug}`;
}
