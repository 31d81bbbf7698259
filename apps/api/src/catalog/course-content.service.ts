import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { nextPosition, renumber } from '../common/database/positions.js';
import { givenFields } from '../common/validation/given-fields.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { CatalogErrors } from './catalog-errors.js';
import { bodyDigest } from './credit-gates.js';
import { DraftGuard } from './draft-guard.js';
import { assertSameSet, saveOrder } from './reorder.js';
import type {
  AddLessonInput,
  AddModuleInput,
  RecordLessonPilotInput,
  ReorderLessonsInput,
  ReorderModulesInput,
  UpdateLessonInput,
  UpdateModuleInput,
} from './dto/content.input.js';
import { CourseModuleEntity } from './entities/course-module.entity.js';
import type { CourseVersionEntity } from './entities/course-version.entity.js';
import { LessonEntity } from './entities/lesson.entity.js';
import { filesOfLessons, LessonMediaService } from './media/lesson-media.service.js';

/** Modules and lessons of a draft version: add, edit, reorder, remove. */
@Injectable()
export class CourseContentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly drafts: DraftGuard,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly media: LessonMediaService,
  ) {}

  addModule(input: AddModuleInput, principal: Principal): Promise<CourseModuleEntity> {
    return this.drafts.edit(input.versionId, principal, async (manager) => {
      const position = await nextPosition(manager, 'course_modules', input.versionId);
      return manager.save(
        manager.create(CourseModuleEntity, {
          versionId: input.versionId,
          position,
          title: input.title,
          objectives: input.objectives,
        }),
      );
    });
  }

  async updateModule(input: UpdateModuleInput, principal: Principal): Promise<CourseModuleEntity> {
    const { moduleId, ...changes } = input;
    const versionId = await this.versionOfModule(moduleId);
    return this.drafts.edit(versionId, principal, async (manager) => {
      const module = await manager.findOneBy(CourseModuleEntity, { id: moduleId });
      if (!module) throw CatalogErrors.moduleNotFound();
      return manager.save(Object.assign(module, givenFields(changes)));
    });
  }

  async removeModule(moduleId: string, principal: Principal): Promise<CourseVersionEntity> {
    const versionId = await this.versionOfModule(moduleId);
    let files: string[] = [];
    const edited = await this.drafts.edit(versionId, principal, async (manager, version) => {
      files = await filesOfLessons(manager, { moduleId });
      await manager.delete(CourseModuleEntity, { id: moduleId });
      await renumber(manager, 'course_modules', versionId);
      return version;
    });
    await this.media.deleteUnused(files);
    return edited;
  }

  reorderModules(input: ReorderModulesInput, principal: Principal): Promise<CourseVersionEntity> {
    return this.drafts.edit(input.versionId, principal, async (manager, version) => {
      const modules = await manager.find(CourseModuleEntity, {
        where: { versionId: input.versionId },
      });
      assertSameSet(modules, input.moduleIds, {
        field: 'moduleIds',
        noun: 'module',
        container: 'version',
      });
      await saveOrder(manager, modules, input.moduleIds);
      return version;
    });
  }

  async addLesson(input: AddLessonInput, principal: Principal): Promise<LessonEntity> {
    const versionId = await this.versionOfModule(input.moduleId);
    return this.drafts.edit(versionId, principal, async (manager) => {
      const position = await nextPosition(manager, 'lessons', input.moduleId);
      return manager.save(
        manager.create(LessonEntity, {
          moduleId: input.moduleId,
          position,
          title: input.title,
          bodyMarkdown: input.bodyMarkdown,
          seatTimeMinutes: input.seatTimeMinutes,
          references: input.references.map(({ citation, url }) => ({ citation, url: url ?? null })),
        }),
      );
    });
  }

  async updateLesson(input: UpdateLessonInput, principal: Principal): Promise<LessonEntity> {
    const { lessonId, ...changes } = input;
    const { versionId } = await this.placeOfLesson(lessonId);
    return this.drafts.edit(versionId, principal, async (manager) => {
      const lesson = await manager.findOneBy(LessonEntity, { id: lessonId });
      if (!lesson) throw CatalogErrors.lessonNotFound();
      return manager.save(Object.assign(lesson, givenFields(changes)));
    });
  }

  async removeLesson(lessonId: string, principal: Principal): Promise<CourseModuleEntity> {
    const { versionId, moduleId } = await this.placeOfLesson(lessonId);
    let files: string[] = [];
    const module = await this.drafts.edit(versionId, principal, async (manager) => {
      files = await filesOfLessons(manager, { lessonId });
      await manager.delete(LessonEntity, { id: lessonId });
      await renumber(manager, 'lessons', moduleId);
      return manager.findOneByOrFail(CourseModuleEntity, { id: moduleId });
    });
    await this.media.deleteUnused(files);
    return module;
  }

  async reorderLessons(
    input: ReorderLessonsInput,
    principal: Principal,
  ): Promise<CourseModuleEntity> {
    const versionId = await this.versionOfModule(input.moduleId);
    return this.drafts.edit(versionId, principal, async (manager) => {
      const lessons = await manager.find(LessonEntity, { where: { moduleId: input.moduleId } });
      assertSameSet(lessons, input.lessonIds, {
        field: 'lessonIds',
        noun: 'lesson',
        container: 'module',
      });
      await saveOrder(manager, lessons, input.lessonIds);
      return manager.findOneByOrFail(CourseModuleEntity, { id: input.moduleId });
    });
  }

  /**
   * Records a timed pilot of the lesson's current text; it replaces the word-count estimate
   * (and stops counting once the text changes). Null `input` clears it.
   */
  async setPilot(
    lessonId: string,
    input: Omit<RecordLessonPilotInput, 'lessonId' | 'independentOfAuthors'> | null,
    principal: Principal,
  ): Promise<LessonEntity> {
    const { versionId } = await this.placeOfLesson(lessonId);
    return this.drafts.edit(versionId, principal, async (manager) => {
      const lesson = await manager.findOneByOrFail(LessonEntity, { id: lessonId });
      lesson.pilot = input && {
        testers: input.testers,
        medianMinutes: input.medianMinutes,
        note: input.note,
        bodySha256: bodyDigest(lesson.bodyMarkdown),
        recordedBy: principal.userId,
        recordedAt: this.clock.now().toISOString(),
      };
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'LESSON_PILOT_RECORDED',
        subjectType: 'lesson',
        subjectId: lessonId,
        details: { versionId, pilot: input },
      });
      return manager.save(lesson);
    });
  }

  private async versionOfModule(moduleId: string): Promise<string> {
    const module = await this.db.manager.findOne(CourseModuleEntity, {
      where: { id: moduleId },
      select: { id: true, versionId: true },
    });
    if (!module) throw CatalogErrors.moduleNotFound();
    return module.versionId;
  }

  private async placeOfLesson(lessonId: string): Promise<{ versionId: string; moduleId: string }> {
    const [row] = (await this.db.query(
      `SELECT m.version_id AS "versionId", l.module_id AS "moduleId"
         FROM lessons l JOIN course_modules m ON m.id = l.module_id WHERE l.id = $1`,
      [lessonId],
    )) as { versionId: string; moduleId: string }[];
    if (!row) throw CatalogErrors.lessonNotFound();
    return row;
  }
}
