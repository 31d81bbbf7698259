import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CatalogReader } from './catalog-reader.js';
import type { CourseApprovalEntity } from './entities/course-approval.entity.js';
import type { CourseModuleEntity } from './entities/course-module.entity.js';
import type { CourseVersionEntity } from './entities/course-version.entity.js';
import type { CourseEntity } from './entities/course.entity.js';
import type { LessonMediaEntity } from './entities/lesson-media.entity.js';
import type { LessonEntity } from './entities/lesson.entity.js';
import { LessonMediaReader } from './media/lesson-media-reader.js';

/** The catalog's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface CatalogLoaders {
  courseById: DataLoader<string, CourseEntity | null>;
  courseVersionById: DataLoader<string, CourseVersionEntity | null>;
  courseVersionsByCourseId: DataLoader<string, CourseVersionEntity[]>;
  courseAuthorsByCourseId: DataLoader<string, { userId: string; displayName: string }[]>;
  courseApprovalsByCourseId: DataLoader<string, CourseApprovalEntity[]>;
  coursePrerequisitesByCourseId: DataLoader<string, CourseEntity[]>;
  modulesByVersionId: DataLoader<string, CourseModuleEntity[]>;
  moduleById: DataLoader<string, CourseModuleEntity | null>;
  lessonById: DataLoader<string, LessonEntity | null>;
  lessonsByModuleId: DataLoader<string, LessonEntity[]>;
  seatMinutesByVersionId: DataLoader<string, number>;
  videoSecondsByLessonId: DataLoader<string, number>;
  mediaByLessonId: DataLoader<string, LessonMediaEntity[]>;
}

@Injectable()
export class CatalogLoaderFactory {
  constructor(
    private readonly catalog: CatalogReader,
    private readonly media: LessonMediaReader,
  ) {}

  create(): CatalogLoaders {
    const { catalog, media } = this;
    return {
      courseById: new DataLoader((ids) => catalog.coursesByIds(ids)),
      courseVersionById: new DataLoader((ids) => catalog.versionsByIds(ids)),
      courseVersionsByCourseId: new DataLoader((ids) => catalog.versionsByCourseIds(ids)),
      courseAuthorsByCourseId: new DataLoader((ids) => catalog.authorsByCourseIds(ids)),
      courseApprovalsByCourseId: new DataLoader((ids) => catalog.approvalsByCourseIds(ids)),
      coursePrerequisitesByCourseId: new DataLoader((ids) => catalog.prerequisitesByCourseIds(ids)),
      modulesByVersionId: new DataLoader((ids) => catalog.modulesByVersionIds(ids)),
      moduleById: new DataLoader((ids) => catalog.modulesByIds(ids)),
      lessonById: new DataLoader((ids) => catalog.lessonsByIds(ids)),
      lessonsByModuleId: new DataLoader((ids) => catalog.lessonsByModuleIds(ids)),
      seatMinutesByVersionId: new DataLoader((ids) => catalog.seatMinutesByVersionIds(ids)),
      videoSecondsByLessonId: new DataLoader((ids) => catalog.videoSecondsByLessonIds(ids)),
      mediaByLessonId: new DataLoader((ids) => media.byLessonIds(ids)),
    };
  }
}
