import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CourseVersionStatus, statusAfter, VersionAction } from '@fascicle/catalog';
import { AuditService, type AuditAction } from '../audit/audit.service.js';
import { Clock, todayUtc } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { CatalogErrors } from './catalog-errors.js';
import { assertAuthor, lockedVersion } from './draft-guard.js';
import { VersionContents, type AfterCommit } from './version-content.js';
import { CreditGates } from './credit-gates.js';
import { GateOverrideEntity, type GateStage } from './entities/gate-override.entity.js';
import type { RecordCourseApprovalInput } from './dto/review.input.js';
import { CourseApprovalEntity } from './entities/course-approval.entity.js';
import { CourseVersionEntity } from './entities/course-version.entity.js';
import { CourseEntity } from './entities/course.entity.js';
import { InvalidInputError } from '../common/errors/domain-error.js';

const AUDIT: Record<VersionAction, AuditAction> = {
  [VersionAction.SUBMIT]: 'COURSE_VERSION_SUBMITTED',
  [VersionAction.PUBLISH]: 'COURSE_VERSION_PUBLISHED',
  [VersionAction.SEND_BACK]: 'COURSE_VERSION_SENT_BACK',
  [VersionAction.RETIRE]: 'COURSE_VERSION_RETIRED',
};

/** Review and publication: authors submit; an admin publishes, sends back or retires. */
@Injectable()
export class CourseReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly content: VersionContents,
    private readonly gates: CreditGates,
  ) {}

  submit(versionId: string, principal: Principal): Promise<CourseVersionEntity> {
    const authorOnly = (manager: EntityManager, version: CourseVersionEntity) =>
      assertAuthor(manager, version.courseId, principal);
    return this.transition(
      versionId,
      principal,
      VersionAction.SUBMIT,
      async (manager, version) => {
        await this.assertComplete(manager, version);
        await this.assertCreditGates(manager, version, 'SUBMIT');
        version.submittedAt = this.clock.now();
        version.submittedBy = principal.userId;
        version.reviewComment = null;
      },
      authorOnly,
    );
  }

  sendBack(versionId: string, comment: string, principal: Principal) {
    return this.transition(versionId, principal, VersionAction.SEND_BACK, async (_m, version) => {
      version.reviewComment = comment;
    });
  }

  /**
   * Publishes a version in review. The course now points at it, and the version it replaces
   * is retired: it stays readable for those enrolled in it, and nobody new can enrol.
   */
  async publish(versionId: string, principal: Principal): Promise<CourseVersionEntity> {
    const afterCommit: AfterCommit[] = [];
    const published = await this.transition(
      versionId,
      principal,
      VersionAction.PUBLISH,
      async (manager, version) => {
        await this.assertComplete(manager, version);
        await this.assertCreditGates(manager, version, 'PUBLISH');
        const now = this.clock.now();
        version.publishedAt = now;
        version.publishedBy = principal.userId;
        version.releasedOn ??= todayUtc(this.clock);
        const course = await manager.findOneOrFail(CourseEntity, {
          where: { id: version.courseId },
          lock: { mode: 'pessimistic_write' },
        });
        if (course.publishedVersionId) {
          const previous = await lockedVersion(manager, course.publishedVersionId);
          previous.status = CourseVersionStatus.RETIRED;
          previous.retiredAt = now;
          await manager.save(previous);
          await this.record(manager, principal, VersionAction.RETIRE, previous, {
            reason: 'SUPERSEDED',
            by: version.id,
          });
        }
        course.publishedVersionId = version.id;
        await manager.save(course);
        afterCommit.push(...(await this.content.published(manager, version)));
      },
    );
    // First attempts of what the publish queued; each is stored, so a failure here loses nothing.
    for (const work of afterCommit) await work();
    return published;
  }

  /** Withdraws a published version; a course whose current version it was leaves the catalog. */
  retire(versionId: string, principal: Principal): Promise<CourseVersionEntity> {
    return this.transition(versionId, principal, VersionAction.RETIRE, async (manager, version) => {
      version.retiredAt = this.clock.now();
      await manager.update(
        CourseEntity,
        { id: version.courseId, publishedVersionId: version.id },
        { publishedVersionId: null },
      );
    });
  }

  /**
   * An admin lets a version through the credit gates it fails now, at its next step (submit
   * for a draft, publish for a version in review), with the reason in writing. The reason goes
   * to the audit log and onto the version's review record; later steps check again.
   */
  async overrideGates(
    versionId: string,
    reason: string,
    principal: Principal,
  ): Promise<CourseVersionEntity> {
    return this.db.transaction(async (manager) => {
      const version = await lockedVersion(manager, versionId);
      const stage = stageOf(version.status);
      if (!stage) {
        throw CatalogErrors.wrongStatus(
          'override the credit gates of',
          version.number,
          version.status,
        );
      }
      const { problems } = await this.gates.evaluate(manager, version);
      const codes = [...new Set(problems.map((problem) => problem.code))];
      if (codes.length === 0) throw CatalogErrors.nothingToOverride();
      await manager.insert(GateOverrideEntity, {
        versionId,
        stage,
        codes,
        reason,
        overriddenBy: principal.userId,
        createdAt: this.clock.now(),
      });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'COURSE_GATES_OVERRIDDEN',
        subjectType: 'course_version',
        subjectId: version.id,
        details: { courseId: version.courseId, number: version.number, stage, codes, reason },
      });
      return version;
    });
  }

  async recordApproval(
    input: RecordCourseApprovalInput,
    principal: Principal,
  ): Promise<CourseApprovalEntity> {
    if (input.validUntil && input.validUntil < input.validFrom) {
      throw InvalidInputError.of('validUntil', 'validUntil must not be before validFrom');
    }
    return this.db.transaction(async (manager) => {
      if (!(await manager.exists(CourseEntity, { where: { id: input.courseId } }))) {
        throw CatalogErrors.courseNotFound();
      }
      const approval = await manager.save(
        manager.create(CourseApprovalEntity, {
          courseId: input.courseId,
          body: input.body,
          approvalNumber: input.approvalNumber,
          validFrom: input.validFrom,
          validUntil: input.validUntil ?? null,
          isSample: input.isSample,
          minutesPerHour: input.minutesPerHour,
          hourIncrement: input.increment,
          recordedBy: principal.userId,
        }),
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'COURSE_APPROVAL_RECORDED',
        subjectType: 'course',
        subjectId: input.courseId,
        details: { approvalId: approval.id, body: approval.body, number: approval.approvalNumber },
      });
      return approval;
    });
  }

  /**
   * Locks the course, then the version (every transition locks in that order, so publish
   * and retire cannot deadlock), checks who may act before saying anything about the
   * version's status, applies the status rule from @fascicle/catalog and audits the move.
   */
  private transition(
    versionId: string,
    principal: Principal,
    action: VersionAction,
    effects: (manager: EntityManager, version: CourseVersionEntity) => Promise<void>,
    authorize?: (manager: EntityManager, version: CourseVersionEntity) => Promise<void>,
  ): Promise<CourseVersionEntity> {
    return this.db.transaction(async (manager) => {
      const unlocked = await manager.findOneBy(CourseVersionEntity, { id: versionId });
      if (!unlocked) throw CatalogErrors.versionNotFound();
      await manager.findOne(CourseEntity, {
        where: { id: unlocked.courseId },
        lock: { mode: 'pessimistic_write' },
      });
      const version = await lockedVersion(manager, versionId);
      await authorize?.(manager, version);
      const from = version.status;
      const next = statusAfter(from, action);
      if (!next)
        throw CatalogErrors.wrongStatus(
          action.toLowerCase().replace('_', ' '),
          version.number,
          from,
        );
      await effects(manager, version);
      version.status = next;
      const saved = await manager.save(version);
      await this.record(manager, principal, action, version, { from, to: next });
      return saved;
    });
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: VersionAction,
    version: CourseVersionEntity,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(manager, {
      actorId: principal.userId,
      action: AUDIT[action],
      subjectType: 'course_version',
      subjectId: version.id,
      details: { courseId: version.courseId, number: version.number, ...details },
    });
  }

  /**
   * Nothing empty or broken reaches learners: at least one module, each with a lesson, and
   * whatever other modules' version content checks (quizzes whose banks can fill them).
   */
  private async assertComplete(manager: EntityManager, version: CourseVersionEntity) {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS modules,
            count(*) FILTER (WHERE NOT EXISTS (
              SELECT 1 FROM lessons l WHERE l.module_id = m.id))::int AS empty
       FROM course_modules m WHERE m.version_id = $1`,
      [version.id],
    )) as { modules: number; empty: number }[];
    if (!row || row.modules === 0) throw CatalogErrors.incomplete('The version has no modules');
    if (row.empty > 0) throw CatalogErrors.incomplete(`${row.empty} module(s) have no lessons`);
    const problems = await this.content.problems(manager, version.id);
    if (problems.length > 0) throw CatalogErrors.incomplete(problems.join('; '));
  }

  /** The credit gates, less those an admin overrode for this step. */
  private async assertCreditGates(
    manager: EntityManager,
    version: CourseVersionEntity,
    stage: GateStage,
  ): Promise<void> {
    const { problems } = await this.gates.evaluate(manager, version);
    if (problems.length === 0) return;
    const overrides = await manager.findBy(GateOverrideEntity, { versionId: version.id, stage });
    const overridden = new Set(overrides.flatMap((override) => override.codes));
    const failing = problems.filter((problem) => !overridden.has(problem.code));
    if (failing.length > 0) throw CatalogErrors.creditGates(failing);
  }
}

function stageOf(status: CourseVersionStatus): GateStage | null {
  if (status === CourseVersionStatus.DRAFT) return 'SUBMIT';
  if (status === CourseVersionStatus.IN_REVIEW) return 'PUBLISH';
  return null;
}
