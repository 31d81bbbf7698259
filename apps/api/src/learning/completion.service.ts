import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { approvalStatus, ApprovalStatus } from '@fascicle/catalog';
import {
  completionProblems,
  type CompletionInput,
  type CompletionProblem,
} from '@fascicle/learning';
import { AssessmentReader } from '../assessment/assessment-reader.js';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { Clock, todayUtc } from '../config/clock.js';
import { CertificateIssuer } from '../credentials/certificate-issuer.js';
import { CertificateKind } from '../credentials/certificate-kind.js';
import { CredentialsReader, type Certificate } from '../credentials/credentials-reader.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { ProgramCredentials } from '../credentials/program-credentials.js';
import { completionInput } from './completion-input.js';
import { CourseEvaluationEntity } from './entities/course-evaluation.entity.js';
import { EnrollmentEntity, EnrollmentStatus } from './entities/enrollment.entity.js';
import { LessonProgressEntity } from './entities/lesson-progress.entity.js';
import { CourseCompleted } from './events.js';

/**
 * Decides whether an enrollment is complete and, when it is, completes it and issues its
 * certificate, once. The state is read first (it only ever grows: seat time, passes, the
 * evaluation), then the enrollment row is locked: of two racing callers the second finds
 * it completed and gets the same certificate.
 */
@Injectable()
export class CompletionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogReader,
    private readonly assessment: AssessmentReader,
    private readonly issuer: CertificateIssuer,
    private readonly programs: ProgramCredentials,
    private readonly credentials: CredentialsReader,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
    private readonly identity: IdentityReader,
  ) {}

  async state(enrollment: EnrollmentEntity): Promise<CompletionInput> {
    const [modules] = await this.catalog.modulesByVersionIds([enrollment.versionId]);
    const lessons = (await this.catalog.lessonsByModuleIds(modules!.map((m) => m.id))).flat();
    const progress = await this.db.manager.findBy(LessonProgressEntity, {
      enrollmentId: enrollment.id,
    });
    const [quizzes] = await this.assessment.quizzesByVersionIds([enrollment.versionId]);
    const [passed] = await this.assessment.passedQuizIdsByUserIds([enrollment.userId]);
    const evaluationSubmitted = await this.db.manager.exists(CourseEvaluationEntity, {
      where: { enrollmentId: enrollment.id },
    });
    const [account] = await this.identity.accountsByIds([enrollment.userId]);
    const videoSeconds = await this.catalog.videoSecondsByLessonIds(lessons.map((l) => l.id));
    return completionInput({
      lessons,
      videoSeconds,
      progress,
      quizzes: quizzes!,
      passedQuizIds: passed!,
      evaluationSubmitted,
      emailVerifiedAt: account?.emailVerifiedAt ?? null,
    });
  }

  async problems(enrollment: EnrollmentEntity): Promise<CompletionProblem[]> {
    return completionProblems(await this.state(enrollment));
  }

  /**
   * Completes the enrollment if every rule holds; returns its certificate, if any. A caller
   * that has just read the enrollment and its state may hand them over: when they already
   * show it complete, they are not read again (the state only grows, so it still is). When
   * they do not, the state is read again, as something may have been added since.
   */
  async evaluate(
    enrollmentId: string,
    known?: { enrollment: EnrollmentEntity; state: CompletionInput },
  ): Promise<Certificate | null> {
    let enrollment: EnrollmentEntity;
    if (known && completionProblems(known.state).length === 0) {
      enrollment = known.enrollment;
    } else {
      enrollment = await this.db.manager.findOneByOrFail(EnrollmentEntity, { id: enrollmentId });
      if (
        enrollment.status === EnrollmentStatus.ACTIVE &&
        (await this.problems(enrollment)).length > 0
      ) {
        return null;
      }
    }
    const [version] = await this.catalog.versionsByIds([enrollment.versionId]);
    const [course] = await this.catalog.coursesByIds([enrollment.courseId]);
    const [approvals] = await this.catalog.approvalsByCourseIds([enrollment.courseId]);
    const today = todayUtc(this.clock);
    const { certificate, completed } = await this.db.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(EnrollmentEntity, {
        where: { id: enrollmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked.status === EnrollmentStatus.COMPLETED) {
        const [issued] = await this.credentials.certificatesByEnrollmentIds(
          [enrollmentId],
          manager,
        );
        return { certificate: issued ?? null, completed: null };
      }
      const certificate = await this.issuer.issue(manager, {
        kind: CertificateKind.COURSE,
        userId: locked.userId,
        enrollmentId,
        programId: null,
        title: version!.title,
        slug: course!.slug,
        version: version!.number,
        creditMinutes: version!.creditMinutes,
        liveMinutes: 0,
        credentialKind: version!.credentialKind,
        scopeStatement: version!.scopeStatement,
        disclosure: version!.disclosure,
        validityMonths: version!.certificateValidityMonths,
        // The approvals in force on the day of completion are the ones that count.
        approvals: approvals!
          .filter((approval) => approvalStatus(approval, today) === ApprovalStatus.ACTIVE)
          .map(({ body, approvalNumber, isSample, minutesPerHour, hourIncrement }) => ({
            body,
            approvalNumber,
            isSample,
            minutesPerHour,
            increment: hourIncrement,
          })),
      });
      locked.status = EnrollmentStatus.COMPLETED;
      locked.completedAt = this.clock.now();
      // An update by key: `save` would read the row again before writing it.
      await manager.update(
        EnrollmentEntity,
        { id: locked.id },
        { status: locked.status, completedAt: locked.completedAt },
      );
      await this.programs.afterCourseCertificate(manager, certificate, locked.courseId, today);
      const { id, userId, courseId, versionId } = locked;
      return {
        certificate,
        completed: new CourseCompleted(id, userId, courseId, versionId, certificate.id),
      };
    });
    // After the commit: a subscriber finds the completion and its certificate stored.
    if (completed) await this.events.emitAsync(CourseCompleted.event, completed);
    return certificate;
  }
}
