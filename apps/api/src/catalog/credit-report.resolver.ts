import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  contactHours,
  CourseVersionStatus,
  DEFAULT_CONTACT_HOUR,
  describeContactHours,
  MINUTES_PER_QUESTION,
  READING_WORDS_PER_MINUTE,
  SEAT_TIME_TOLERANCE,
  type ContactHourUnit,
} from '@fascicle/catalog';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { CatalogViewer } from './catalog-viewer.js';
import { CreditGates } from './credit-gates.js';
import type { CourseApprovalEntity } from './entities/course-approval.entity.js';
import { CreditReportModel, type GateOverrideModel } from './models/credit-report.model.js';
import { CourseVersionModel } from './models/course-version.model.js';
import { ContactHoursModel } from './models/disclosure.model.js';

/**
 * The credit a version claims, as learners see it (hours in each approval's unit) and as its
 * authors and reviewers must see it (every estimate and gate, before they submit).
 */
@Resolver(() => CourseVersionModel)
export class CreditReportResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly gates: CreditGates,
    private readonly identity: IdentityReader,
  ) {}

  @ResolveField(() => [ContactHoursModel], {
    description:
      'The claimed minutes in the contact hours of each approval of the course, then in 60-minute hours',
  })
  async contactHours(@Parent() version: CourseVersionModel, @Context() context: GraphQLContext) {
    const approvals = await context.loaders.courseApprovalsByCourseId.load(version.courseId);
    return hourLines(version.creditMinutes, approvals);
  }

  @ResolveField(() => CreditReportModel, {
    nullable: true,
    description: 'Authors and admins only; null for everyone else',
  })
  async creditReport(
    @Parent() version: CourseVersionModel,
    @Context() context: GraphQLContext,
  ): Promise<CreditReportModel | null> {
    if (!(await CatalogViewer.of(context).seesUnpublished(version.courseId))) return null;
    const approvals = await context.loaders.courseApprovalsByCourseId.load(version.courseId);
    const manager = this.db.manager;
    const entity = (await context.loaders.courseVersionById.load(version.id))!;
    const [evaluation, overrides] = await Promise.all([
      this.gates.evaluate(manager, entity),
      this.overrides(version.id),
    ]);
    const next = nextStage(entity.status);
    const overridden = new Set(
      overrides.filter((override) => override.stage === next).flatMap((override) => override.codes),
    );
    return Object.assign(new CreditReportModel(), {
      claimedMinutes: entity.creditMinutes,
      supportedMinutes: evaluation.time.supportedMinutes,
      lessonMinutes: evaluation.time.lessonMinutes,
      quizMinutes: evaluation.time.quizMinutes,
      readingWordsPerMinute: READING_WORDS_PER_MINUTE,
      minutesPerQuestion: MINUTES_PER_QUESTION,
      seatTimeTolerancePercent: Math.round(SEAT_TIME_TOLERANCE * 100),
      claimedHours: hourLines(entity.creditMinutes, approvals),
      supportedHours: hourLines(evaluation.time.supportedMinutes, approvals),
      lessons: evaluation.lessons.map(({ lesson, time, maxSeatTimeMinutes, pilotStale }) => ({
        lessonId: lesson.id,
        title: lesson.title,
        words: time.words,
        readingMinutes: time.readingMinutes,
        mediaMinutes: time.mediaMinutes,
        estimateMinutes: time.minutes,
        source: time.source,
        pilot: lesson.pilot
          ? {
              testers: lesson.pilot.testers,
              medianMinutes: lesson.pilot.medianMinutes,
              note: lesson.pilot.note,
              stale: pilotStale,
              recordedAt: new Date(lesson.pilot.recordedAt),
            }
          : null,
        seatTimeMinutes: lesson.seatTimeMinutes,
        maxSeatTimeMinutes,
      })),
      quizzes: evaluation.quizzes.map((quiz) => ({
        quizId: quiz.id,
        title: quiz.title,
        questionsDrawn: quiz.questionsDrawn,
        minutes: quiz.questionsDrawn * MINUTES_PER_QUESTION,
      })),
      problems: evaluation.problems.map((problem) => ({
        ...problem,
        overridden: overridden.has(problem.code),
      })),
      overrides,
    });
  }

  /** The version's gate overrides, oldest first, each with the name of the admin who decided. */
  private async overrides(versionId: string): Promise<GateOverrideModel[]> {
    const rows = (await this.db.query(
      `SELECT stage, codes, reason, created_at AS "createdAt", overridden_by AS "adminId"
         FROM course_version_gate_overrides
        WHERE version_id = $1 ORDER BY created_at, stage = 'PUBLISH'`,
      [versionId],
    )) as (Omit<GateOverrideModel, 'adminName'> & { adminId: string })[];
    const admins = await this.identity.accountsByIds(rows.map((row) => row.adminId));
    return rows.map(({ adminId: _, ...row }, i) => ({ ...row, adminName: admins[i]!.displayName }));
  }
}

function nextStage(status: CourseVersionStatus): string | null {
  if (status === CourseVersionStatus.DRAFT) return 'SUBMIT';
  if (status === CourseVersionStatus.IN_REVIEW) return 'PUBLISH';
  return null;
}

/** One line per approval (its own hour and step), then the default 60-minute hours. */
export function hourLines(
  minutes: number,
  approvals: readonly Pick<
    CourseApprovalEntity,
    'body' | 'approvalNumber' | 'minutesPerHour' | 'hourIncrement'
  >[],
): ContactHoursModel[] {
  const line = (label: string, number: string | null, unit: ContactHourUnit) => {
    const hours = contactHours(minutes, unit);
    return ContactHoursModel.of(label, number, unit, hours, describeContactHours(hours, unit));
  };
  return [
    ...approvals.map((approval) =>
      line(approval.body, approval.approvalNumber, {
        minutesPerHour: approval.minutesPerHour,
        increment: approval.hourIncrement,
      }),
    ),
    line('Default (60-minute hours)', null, DEFAULT_CONTACT_HOUR),
  ];
}
