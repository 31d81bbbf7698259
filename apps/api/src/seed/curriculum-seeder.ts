import { courseFingerprint, type Curriculum, type CurriculumCourse } from '@fascicle/curriculum';
import type { Principal } from '../identity/auth/principal.js';
import { buildVersionContent, clearVersionContent, courseFields } from './course-builder.js';
import { SeedDrafts, type PendingVersion } from './seed-drafts.js';
import type { SeedRecords } from './seed-records.js';
import { CorrectionKind } from '../corrections/correction-kind.js';
import type { SeedProgress, SeedServices } from './seed-services.js';

export type CourseOutcome = 'CREATED' | 'NEW_VERSION' | 'UNCHANGED';

export interface CurriculumSeedResult {
  courses: { slug: string; courseId: string; versionId: string; outcome: CourseOutcome }[];
  programId: string;
}

/** Sample approvals are dated from here, so demo certificates issued in the past name one. */
const SAMPLE_APPROVAL_FROM = '2024-01-01';

/**
 * Publishes the curriculum as an instructor would: create the course (or its next draft when
 * its files changed), write modules, lessons and quizzes, submit, and have an admin
 * publish it. A course whose files are unchanged since it was last published is left alone.
 * A run stopped part-way (a kill at any moment) left its open version behind: the next run
 * finishes that version rather than asking for another (see SeedDrafts).
 */
export class CurriculumSeeder {
  private readonly drafts: SeedDrafts;

  constructor(
    private readonly services: SeedServices,
    private readonly records: SeedRecords,
    private readonly progress: SeedProgress,
  ) {
    this.drafts = new SeedDrafts(services, records);
  }

  async run(
    curriculum: Curriculum,
    people: { author: Principal; publisher: Principal },
  ): Promise<CurriculumSeedResult> {
    const courses: CurriculumSeedResult['courses'] = [];
    const idsBySlug = new Map<string, string>();
    for (const course of curriculum.courses) {
      const seeded = await this.seedCourse(course, idsBySlug, people);
      idsBySlug.set(course.slug, seeded.courseId);
      courses.push({ slug: course.slug, ...seeded });
      this.progress(`  ${describe(seeded.outcome)} ${course.title}`);
    }
    const programId = await this.seedProgram(curriculum, idsBySlug, people.publisher);
    return { courses, programId };
  }

  private async seedCourse(
    course: CurriculumCourse,
    idsBySlug: Map<string, string>,
    { author, publisher }: { author: Principal; publisher: Principal },
  ): Promise<{ courseId: string; versionId: string; outcome: CourseOutcome }> {
    const fingerprint = courseFingerprint(course);
    const key = `course:${course.slug}`;
    const existing = await this.services.catalog.courseBySlug(course.slug);
    const published = existing?.publishedVersionId ?? null;
    const pending = await this.drafts.pending(course.slug);
    if (published && (await this.records.get(key)) === fingerprint) {
      if (pending) await this.drafts.done(course.slug);
      return { courseId: existing!.id, versionId: published, outcome: 'UNCHANGED' };
    }
    // Published, and stopped before writing it down.
    if (published && pending?.versionId === published && pending.fingerprint === fingerprint) {
      await this.finish(course.slug, key, fingerprint);
      return { courseId: existing!.id, versionId: published, outcome: outcomeOf(pending) };
    }

    const open = existing ? await this.drafts.ownOpenVersion(existing, pending, author) : null;
    let draft: { id: string; courseId: string };
    let state: 'SUBMITTED' | 'EMPTY' = 'EMPTY';
    let newCourse = !existing;
    if (open) {
      newCourse = pending?.newCourse ?? !published;
      state = await this.drafts.reopen(open, pending, fingerprint, publisher, (versionId) =>
        this.rewriteDraft(versionId, course, author),
      );
      draft = open;
    } else {
      // Written down first: a kill right after the version is made leaves it recognisable.
      await this.drafts.note(course.slug, { fingerprint, versionId: null, newCourse });
      draft = existing
        ? await this.nextDraft(existing.id, course, author)
        : await this.services.authoring.createCourse(
            { slug: course.slug, ...courseFields(course) },
            author,
          );
    }
    await this.drafts.note(course.slug, { fingerprint, versionId: draft.id, newCourse });
    if (state === 'EMPTY') {
      await buildVersionContent(this.services, draft.id, course, author);
      await this.services.authoring.setPrerequisites(
        {
          courseId: draft.courseId,
          prerequisiteCourseIds: course.prerequisites.map((slug) => idsBySlug.get(slug)!),
        },
        author,
      );
      await this.ensureApproval(draft.courseId, course, publisher);
      // A first version corrects nothing; a later one that says so tells past completers.
      if (!newCourse && course.corrects.length) {
        await this.services.corrections.markCorrection(
          draft.id,
          course.corrects.map((kind) => CorrectionKind[kind]),
          course.versionNotes!,
          author,
        );
      }
      await this.services.review.submit(draft.id, author);
    }
    await this.services.review.publish(draft.id, publisher);
    await this.finish(course.slug, key, fingerprint);
    return {
      courseId: draft.courseId,
      versionId: draft.id,
      outcome: newCourse ? 'CREATED' : 'NEW_VERSION',
    };
  }

  private async finish(slug: string, key: string, fingerprint: string): Promise<void> {
    await this.records.set(key, fingerprint);
    await this.drafts.done(slug);
  }

  /** The next version: a draft copied from the published one, emptied and rewritten. */
  private async nextDraft(courseId: string, course: CurriculumCourse, author: Principal) {
    const draft = await this.services.authoring.createDraftVersion(
      {
        courseId,
        changelog:
          course.versionNotes ?? 'Updated from the curriculum files (libs/curriculum/content).',
      },
      author,
    );
    await this.rewriteDraft(draft.id, course, author);
    return draft;
  }

  /** Empties a draft and describes it as the files do, ready for its content. */
  private async rewriteDraft(versionId: string, course: CurriculumCourse, author: Principal) {
    await clearVersionContent(this.services, versionId, author);
    await this.services.authoring.updateVersion({ versionId, ...courseFields(course) }, author);
  }

  private async ensureApproval(courseId: string, course: CurriculumCourse, admin: Principal) {
    if (!course.approval) return;
    const [approvals] = await this.services.catalog.approvalsByCourseIds([courseId]);
    if (approvals.some((approval) => approval.approvalNumber === course.approval!.approvalNumber)) {
      return;
    }
    await this.services.review.recordApproval(
      {
        courseId,
        body: course.approval.body,
        approvalNumber: course.approval.approvalNumber,
        isSample: true,
        validFrom: SAMPLE_APPROVAL_FROM,
        validUntil: null,
        minutesPerHour: course.approval.minutesPerHour,
        increment: course.approval.increment,
      },
      admin,
    );
  }

  private async seedProgram(
    curriculum: Curriculum,
    idsBySlug: Map<string, string>,
    admin: Principal,
  ): Promise<string> {
    const { program } = curriculum;
    const existing = (await this.services.programs.list()).find((p) => p.slug === program.slug);
    const words = {
      title: program.title,
      description: program.description,
      credentialKind: program.credentialKind,
      scopeStatement: program.scopeStatement,
    };
    if (existing) {
      const changed = (Object.keys(words) as (keyof typeof words)[]).some(
        (key) => existing[key] !== words[key],
      );
      if (changed) {
        await this.services.programs.describe(existing.id, words, admin);
        this.progress(`  reworded the program ${program.title}`);
      }
      const courseIds = program.courses.map((slug) => idsBySlug.get(slug)!);
      const same =
        courseIds.length === existing.courseIds.length &&
        courseIds.every((id) => existing.courseIds.includes(id));
      if (!same) {
        await this.services.programs.requireCourses(existing.id, courseIds, admin);
        this.progress(`  the program ${program.title} now requires ${courseIds.length} courses`);
      }
      return existing.id;
    }
    const created = await this.services.programs.create(
      {
        slug: program.slug,
        title: program.title,
        description: program.description,
        credentialKind: program.credentialKind,
        scopeStatement: program.scopeStatement,
        validityMonths: program.validityMonths,
        courseIds: program.courses.map((slug) => idsBySlug.get(slug)!),
      },
      admin,
    );
    this.progress(`  created the program ${program.title}`);
    return created.id;
  }
}

function outcomeOf(pending: PendingVersion): CourseOutcome {
  return pending.newCourse ? 'CREATED' : 'NEW_VERSION';
}

function describe(outcome: CourseOutcome): string {
  switch (outcome) {
    case 'CREATED':
      return 'published';
    case 'NEW_VERSION':
      return 'published a new version of';
    case 'UNCHANGED':
      return 'unchanged:';
  }
}
