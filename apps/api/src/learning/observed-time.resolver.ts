import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MIN_COMPLETIONS_FOR_OBSERVED_TIME, observedTimeFlag } from '@fascicle/catalog';
import { CatalogViewer } from '../catalog/catalog-viewer.js';
import { CourseVersionModel } from '../catalog/models/course-version.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { ObservedLessonTimeModel, ObservedTimeModel } from './models/observed-time.model.js';

interface Row {
  lessonId: string;
  title: string;
  requiredMinutes: number;
  completions: number;
  learners: number;
  readers: number;
  active: number[] | null;
  reading: number[] | null;
}

type Measured = Omit<Row, 'title' | 'requiredMinutes'>;

/**
 * What learners who completed a version measured on each lesson, beside what it requires:
 * the evidence a board asks for when it audits hours. The lessons come from the catalog's
 * loaders, the measurements from one statement over the version's completed enrollments.
 */
@Resolver(() => CourseVersionModel)
export class ObservedTimeResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => ObservedTimeModel, {
    nullable: true,
    description: 'Authors and admins only; null for everyone else',
  })
  async observedTime(
    @Parent() version: CourseVersionModel,
    @Context() context: GraphQLContext,
  ): Promise<ObservedTimeModel | null> {
    if (!(await CatalogViewer.of(context).seesUnpublished(version.courseId))) return null;
    const modules = await context.loaders.modulesByVersionId.load(version.id);
    const lessons = (
      await Promise.all(modules.map((module) => context.loaders.lessonsByModuleId.load(module.id)))
    ).flat();
    const measured = new Map(
      (
        await this.measure(
          version.id,
          lessons.map((lesson) => lesson.id),
        )
      ).map((row) => [row.lessonId, row]),
    );
    const rows: Row[] = lessons.map((lesson) => ({
      ...measured.get(lesson.id)!,
      title: lesson.title,
      requiredMinutes: lesson.seatTimeMinutes,
    }));
    const completions = rows[0]?.completions ?? 0;
    const model = Object.assign(new ObservedTimeModel(), {
      completions,
      minimumCompletions: MIN_COMPLETIONS_FOR_OBSERVED_TIME,
      lessons: [] as ObservedLessonTimeModel[],
    });
    if (completions < MIN_COMPLETIONS_FOR_OBSERVED_TIME) return model;
    model.lessons = rows.map((row) => lessonTime(row));
    return model;
  }

  /** One row per lesson id, in any order, over the version's completed enrollments. */
  private async measure(versionId: string, lessonIds: string[]): Promise<Measured[]> {
    return (await this.db.query(
      `WITH done AS (
         SELECT id FROM enrollments WHERE version_id = $1 AND status = 'COMPLETED')
       SELECT l.id AS "lessonId",
              (SELECT count(*) FROM done)::int AS completions,
              count(p.lesson_id)::int AS learners,
              count(p.reached_end_seconds)::int AS readers,
              percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY p.active_seconds)
                FILTER (WHERE p.lesson_id IS NOT NULL) AS active,
              percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY p.reached_end_seconds)
                FILTER (WHERE p.reached_end_seconds IS NOT NULL) AS reading
         FROM unnest($2::uuid[]) AS l(id)
         LEFT JOIN lesson_progress p
           ON p.lesson_id = l.id AND p.enrollment_id IN (SELECT id FROM done)
        GROUP BY l.id`,
      [versionId, lessonIds],
    )) as Measured[];
  }
}

function lessonTime(row: Row): ObservedLessonTimeModel {
  const minutes = (seconds: number | undefined) =>
    seconds === undefined ? null : Math.round((seconds / 60) * 10) / 10;
  const [aq1, amedian, aq3] = (row.active ?? []).map(Number);
  const [rq1, rmedian, rq3] = (row.reading ?? []).map(Number);
  const reading = row.readers >= MIN_COMPLETIONS_FOR_OBSERVED_TIME;
  const median = reading ? rmedian : amedian;
  return Object.assign(new ObservedLessonTimeModel(), {
    lessonId: row.lessonId,
    title: row.title,
    requiredMinutes: row.requiredMinutes,
    learners: row.learners,
    activeQ1Minutes: minutes(aq1),
    activeMedianMinutes: minutes(amedian),
    activeQ3Minutes: minutes(aq3),
    readers: row.readers,
    readingQ1Minutes: minutes(rq1),
    readingMedianMinutes: minutes(rmedian),
    readingQ3Minutes: minutes(rq3),
    basis: reading ? 'READING' : 'ACTIVE',
    flag: median === undefined ? null : observedTimeFlag(median / 60, row.requiredMinutes),
  });
}
