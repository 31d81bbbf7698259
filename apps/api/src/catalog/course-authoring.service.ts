import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  CourseVersionStatus,
  isOpen,
  objectiveKeysFor,
  objectiveKeysProblem,
} from '@fascicle/catalog';
import { Role } from '@fascicle/common';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInputError } from '../common/errors/domain-error.js';
import { givenFields } from '../common/validation/given-fields.js';
import { AccountsService } from '../identity/accounts.service.js';
import type { Principal } from '../identity/auth/principal.js';
import { CatalogErrors } from './catalog-errors.js';
import { assertAuthor, DraftGuard } from './draft-guard.js';
import { VersionContents } from './version-content.js';
import type {
  CreateCourseInput,
  CreateDraftVersionInput,
  UpdateCourseVersionInput,
} from './dto/course.input.js';
import type { AddCourseAuthorInput, SetCoursePrerequisitesInput } from './dto/review.input.js';
import { CourseAuthorEntity } from './entities/course-author.entity.js';
import { CourseModuleEntity } from './entities/course-module.entity.js';
import { CoursePrerequisiteEntity } from './entities/course-prerequisite.entity.js';
import { CourseVersionEntity } from './entities/course-version.entity.js';
import { CourseEntity } from './entities/course.entity.js';
import { LessonEntity } from './entities/lesson.entity.js';
import { copyLessonMedia } from './media/lesson-media.service.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';

/** Courses and their versions as wholes: creating, describing, new drafts, authors. */
@Injectable()
export class CourseAuthoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly drafts: DraftGuard,
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
    private readonly content: VersionContents,
  ) {}

  /** A new course with version 1 as a draft; the creator is its first author. */
  async createCourse(input: CreateCourseInput, principal: Principal): Promise<CourseVersionEntity> {
    try {
      return await this.db.transaction(async (manager) => {
        const course = await manager.save(
          manager.create(CourseEntity, { slug: input.slug, createdBy: principal.userId }),
        );
        await manager.insert(CourseAuthorEntity, { courseId: course.id, userId: principal.userId });
        const version = await manager.save(
          manager.create(CourseVersionEntity, {
            courseId: course.id,
            number: 1,
            status: CourseVersionStatus.DRAFT,
            title: input.title,
            summary: input.summary,
            audience: input.audience,
            creditMinutes: input.creditMinutes,
            learningObjectives: input.learningObjectives,
            objectiveKeys: checkedKeys(
              input.learningObjectives.length,
              input.objectiveKeys ?? null,
              [],
            ),
            topicTags: input.topicTags,
            handsOnObjectives: input.handsOnObjectives,
            certificateValidityMonths: input.certificateValidityMonths ?? null,
            quizzesAfterLessons: input.quizzesAfterLessons,
            credentialKind: input.credentialKind,
            scopeStatement: input.scopeStatement,
            disclosure: input.disclosure ?? null,
            releasedOn: input.releasedOn ?? null,
            creditEndsOn: input.creditEndsOn ?? null,
            contentReviewedOn: input.contentReviewedOn ?? null,
          }),
        );
        await this.audit.record(manager, {
          actorId: principal.userId,
          action: 'COURSE_CREATED',
          subjectType: 'course',
          subjectId: course.id,
          details: { slug: course.slug, versionId: version.id },
        });
        return version;
      });
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'courses_slug_key') {
        throw CatalogErrors.slugTaken();
      }
      throw error;
    }
  }

  updateVersion(
    input: UpdateCourseVersionInput,
    principal: Principal,
  ): Promise<CourseVersionEntity> {
    const { versionId, objectiveKeys, ...changes } = input;
    return this.drafts.edit(versionId, principal, async (manager, version) => {
      Object.assign(version, givenFields(changes));
      version.objectiveKeys = checkedKeys(
        version.learningObjectives.length,
        objectiveKeys ?? null,
        version.objectiveKeys,
      );
      return manager.save(version);
    });
  }

  /**
   * Starts the next version from the newest published one: same description, modules and
   * lessons, copied as new rows (the published rows stay untouched), with the same lineage.
   */
  async createDraftVersion(
    input: CreateDraftVersionInput,
    principal: Principal,
  ): Promise<CourseVersionEntity> {
    try {
      return await this.db.transaction(async (manager) => {
        const course = await manager.findOne(CourseEntity, {
          where: { id: input.courseId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!course) throw CatalogErrors.courseNotFound();
        await assertAuthor(manager, course.id, principal);
        const versions = await manager.find(CourseVersionEntity, {
          where: { courseId: course.id },
        });
        if (versions.some((version) => isOpen(version.status)))
          throw CatalogErrors.openVersionExists();
        // The published version, or after a withdrawal the newest retired one, so a
        // retired course can still be revised and published again.
        const source =
          versions.find((version) => version.id === course.publishedVersionId) ??
          versions
            .filter((version) => version.status === CourseVersionStatus.RETIRED)
            .sort((a, b) => b.number - a.number)[0];
        if (!source) {
          throw InvalidInputError.of('courseId', 'This course has no published version to copy');
        }
        const draft = await this.copyVersion(manager, source, {
          number: Math.max(...versions.map((version) => version.number)) + 1,
          changelog: input.changelog,
        });
        await this.audit.record(manager, {
          actorId: principal.userId,
          action: 'COURSE_VERSION_CREATED',
          subjectType: 'course_version',
          subjectId: draft.id,
          details: { courseId: course.id, number: draft.number, copiedFrom: source.id },
        });
        return draft;
      });
    } catch (error) {
      // Two "new draft" requests at once: the partial unique index lets one through.
      if (isUniqueViolation(error)) throw CatalogErrors.openVersionExists();
      throw error;
    }
  }

  private async copyVersion(
    manager: EntityManager,
    source: CourseVersionEntity,
    overrides: { number: number; changelog: string },
  ): Promise<CourseVersionEntity> {
    const draft = await manager.save(
      manager.create(CourseVersionEntity, {
        courseId: source.courseId,
        number: overrides.number,
        status: CourseVersionStatus.DRAFT,
        title: source.title,
        summary: source.summary,
        audience: source.audience,
        creditMinutes: source.creditMinutes,
        learningObjectives: source.learningObjectives,
        objectiveKeys: source.objectiveKeys,
        topicTags: source.topicTags,
        handsOnObjectives: source.handsOnObjectives,
        certificateValidityMonths: source.certificateValidityMonths,
        quizzesAfterLessons: source.quizzesAfterLessons,
        credentialKind: source.credentialKind,
        scopeStatement: source.scopeStatement,
        disclosure: source.disclosure,
        creditEndsOn: source.creditEndsOn,
        contentReviewedOn: source.contentReviewedOn,
        changelog: overrides.changelog,
      }),
    );
    const modules = await manager.find(CourseModuleEntity, { where: { versionId: source.id } });
    if (modules.length === 0) {
      await this.content.copy(manager, source.id, draft.id, new Map());
      return draft;
    }
    const moduleCopies = await manager.save(
      modules.map((module) =>
        manager.create(CourseModuleEntity, {
          versionId: draft.id,
          lineageId: module.lineageId,
          position: module.position,
          title: module.title,
          objectives: module.objectives,
        }),
      ),
    );
    const newModuleId = new Map(modules.map((module, i) => [module.id, moduleCopies[i]!.id]));
    const lessons = await manager.find(LessonEntity, {
      where: { moduleId: In(modules.map((module) => module.id)) },
    });
    if (lessons.length > 0) {
      await manager.insert(
        LessonEntity,
        lessons.map((lesson) => ({
          moduleId: newModuleId.get(lesson.moduleId)!,
          lineageId: lesson.lineageId,
          position: lesson.position,
          title: lesson.title,
          bodyMarkdown: lesson.bodyMarkdown,
          seatTimeMinutes: lesson.seatTimeMinutes,
          references: lesson.references,
          pilot: lesson.pilot,
        })),
      );
      await copyLessonMedia(manager, [...newModuleId.keys()], [...newModuleId.values()]);
    }
    await this.content.copy(manager, source.id, draft.id, newModuleId);
    return draft;
  }

  /** An author adds another instructor as co-author. */
  async addAuthor(input: AddCourseAuthorInput, principal: Principal): Promise<void> {
    const user = await this.accounts.findByEmail(input.email);
    if (!user || !user.roles.includes(Role.INSTRUCTOR)) {
      throw InvalidInputError.of('email', 'email must belong to an instructor account');
    }
    await this.db.transaction(async (manager) => {
      if (!(await manager.exists(CourseEntity, { where: { id: input.courseId } }))) {
        throw CatalogErrors.courseNotFound();
      }
      await assertAuthor(manager, input.courseId, principal);
      await manager
        .createQueryBuilder()
        .insert()
        .into(CourseAuthorEntity)
        .values({ courseId: input.courseId, userId: user.id })
        .orIgnore()
        .execute();
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'COURSE_AUTHOR_ADDED',
        subjectType: 'course',
        subjectId: input.courseId,
        details: { userId: user.id },
      });
    });
  }

  /** Replaces the course's prerequisites; refuses itself, unknown courses and cycles. */
  async setPrerequisites(input: SetCoursePrerequisitesInput, principal: Principal): Promise<void> {
    const field = 'prerequisiteCourseIds';
    if (input.prerequisiteCourseIds.includes(input.courseId)) {
      throw InvalidInputError.of(field, 'A course cannot be its own prerequisite');
    }
    await this.db.transaction(async (manager) => {
      if (!(await manager.exists(CourseEntity, { where: { id: input.courseId } }))) {
        throw CatalogErrors.courseNotFound();
      }
      await assertAuthor(manager, input.courseId, principal);
      // Only courses in the catalog: a learner could never complete a draft-only course.
      const found = await manager.countBy(CourseEntity, {
        id: In(input.prerequisiteCourseIds),
        publishedVersionId: Not(IsNull()),
      });
      if (found !== input.prerequisiteCourseIds.length) {
        throw InvalidInputError.of(field, `${field} must name published courses`);
      }
      if (await this.wouldCycle(manager, input.courseId, input.prerequisiteCourseIds)) {
        throw InvalidInputError.of(field, 'These prerequisites would make a cycle');
      }
      await manager.delete(CoursePrerequisiteEntity, { courseId: input.courseId });
      if (input.prerequisiteCourseIds.length > 0) {
        await manager.insert(
          CoursePrerequisiteEntity,
          input.prerequisiteCourseIds.map((prerequisiteId) => ({
            courseId: input.courseId,
            prerequisiteId,
          })),
        );
      }
    });
  }

  /** True when the course is already (transitively) a prerequisite of one of the new ones. */
  private async wouldCycle(manager: EntityManager, courseId: string, prerequisites: string[]) {
    if (prerequisites.length === 0) return false;
    const rows: unknown[] = await manager.query(
      `WITH RECURSIVE chain(id) AS (
         SELECT unnest($1::uuid[])
         UNION
         SELECT p.prerequisite_id FROM course_prerequisites p JOIN chain ON p.course_id = chain.id
       )
       SELECT 1 FROM chain WHERE id = $2 LIMIT 1`,
      [prerequisites, courseId],
    );
    return rows.length > 0;
  }
}

/** The objectives' keys after an edit, refused with the field named when they do not fit. */
function checkedKeys(count: number, given: string[] | null, existing: string[]): string[] {
  const keys = objectiveKeysFor(count, given, existing);
  const problem = objectiveKeysProblem(keys, count);
  if (problem) throw InvalidInputError.of('objectiveKeys', `objectiveKeys: ${problem}`);
  return keys;
}
