import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@fascicle/common';
import { CurrentPrincipal, Roles } from '../identity/auth/decorators.js';
import type { Principal } from '../identity/auth/principal.js';
import { CourseAuthoringService } from './course-authoring.service.js';
import { CourseContentService } from './course-content.service.js';
import { CourseReviewService } from './course-review.service.js';
import {
  CreateCourseInput,
  CreateDraftVersionInput,
  UpdateCourseVersionInput,
} from './dto/course.input.js';
import {
  AddLessonInput,
  AddModuleInput,
  RecordLessonPilotInput,
  ReorderLessonsInput,
  ReorderModulesInput,
  UpdateLessonInput,
  UpdateModuleInput,
} from './dto/content.input.js';
import {
  AddCourseAuthorInput,
  RemoveCourseAuthorInput,
  SetCoursePrerequisitesInput,
} from './dto/review.input.js';
import { CourseAuthorsService } from './course-authors.service.js';
import { DraftDiscardService } from './draft-discard.service.js';
import { DiscardedDraftModel } from './models/discarded-draft.model.js';
import { CourseModuleModel, LessonModel } from './models/course-content.model.js';
import { CourseVersionModel } from './models/course-version.model.js';
import { IdArg } from '../common/validation/id-arg.js';

/**
 * Everything an instructor does to a course. The role opens the door; the services check
 * that the caller is an author of that course and that the version is still a draft.
 */
@Roles(Role.INSTRUCTOR)
@Resolver()
export class CourseAuthoringResolver {
  constructor(
    private readonly courses: CourseAuthoringService,
    private readonly content: CourseContentService,
    private readonly review: CourseReviewService,
    private readonly authors: CourseAuthorsService,
    private readonly discards: DraftDiscardService,
  ) {}

  @Mutation(() => CourseVersionModel, { description: 'A new course; returns its draft version 1' })
  async createCourse(
    @Args('input') input: CreateCourseInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(await this.courses.createCourse(input, principal));
  }

  @Mutation(() => CourseVersionModel, { description: "Edit a draft version's description" })
  async updateCourseVersion(
    @Args('input') input: UpdateCourseVersionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(await this.courses.updateVersion(input, principal));
  }

  @Mutation(() => CourseVersionModel, {
    description: 'Start the next version as a draft copied from the published one',
  })
  async createDraftVersion(
    @Args('input') input: CreateDraftVersionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(await this.courses.createDraftVersion(input, principal));
  }

  @Mutation(() => CourseVersionModel, { description: 'Send a draft to an admin for review' })
  async submitCourseVersion(
    @IdArg('versionId') versionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(await this.review.submit(versionId, principal));
  }

  @Mutation(() => Boolean, { description: 'Make another instructor a co-author' })
  async addCourseAuthor(
    @Args('input') input: AddCourseAuthorInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.courses.addAuthor(input, principal);
    return true;
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Take an author off a course (its owner or an admin); the owner and the last author stay',
  })
  async removeCourseAuthor(
    @Args('input') input: RemoveCourseAuthorInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.authors.removeAuthor(input, principal);
    return true;
  }

  @Mutation(() => DiscardedDraftModel, {
    description:
      'Throw a draft away with its modules, lessons, banks and quizzes; a course whose only version it was goes too',
  })
  async discardDraftVersion(
    @IdArg('versionId') versionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DiscardedDraftModel> {
    return this.discards.discard(versionId, principal);
  }

  @Mutation(() => Boolean, { description: 'Replace the courses required before this one' })
  async setCoursePrerequisites(
    @Args('input') input: SetCoursePrerequisitesInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.courses.setPrerequisites(input, principal);
    return true;
  }

  @Mutation(() => CourseModuleModel)
  async addModule(
    @Args('input') input: AddModuleInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseModuleModel> {
    return CourseModuleModel.from(await this.content.addModule(input, principal));
  }

  @Mutation(() => CourseModuleModel)
  async updateModule(
    @Args('input') input: UpdateModuleInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseModuleModel> {
    return CourseModuleModel.from(await this.content.updateModule(input, principal));
  }

  @Mutation(() => CourseVersionModel, { description: 'Remove a module and its lessons' })
  async removeModule(
    @IdArg('moduleId') moduleId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(await this.content.removeModule(moduleId, principal));
  }

  @Mutation(() => CourseVersionModel)
  async reorderModules(
    @Args('input') input: ReorderModulesInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseVersionModel> {
    return CourseVersionModel.from(await this.content.reorderModules(input, principal));
  }

  @Mutation(() => LessonModel)
  async addLesson(
    @Args('input') input: AddLessonInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LessonModel> {
    return LessonModel.from(await this.content.addLesson(input, principal));
  }

  @Mutation(() => LessonModel)
  async updateLesson(
    @Args('input') input: UpdateLessonInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LessonModel> {
    return LessonModel.from(await this.content.updateLesson(input, principal));
  }

  @Mutation(() => LessonModel, {
    description:
      'Record a timed pilot (3 or more independent testers): it replaces the lesson’s word-count estimate',
  })
  async recordLessonPilot(
    @Args('input') input: RecordLessonPilotInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LessonModel> {
    const { lessonId, independentOfAuthors: _independent, ...pilot } = input;
    return LessonModel.from(await this.content.setPilot(lessonId, pilot, principal));
  }

  @Mutation(() => LessonModel, {
    description: 'Remove a lesson’s pilot: its estimate counts again',
  })
  async clearLessonPilot(
    @IdArg('lessonId') lessonId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LessonModel> {
    return LessonModel.from(await this.content.setPilot(lessonId, null, principal));
  }

  @Mutation(() => CourseModuleModel)
  async removeLesson(
    @IdArg('lessonId') lessonId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseModuleModel> {
    return CourseModuleModel.from(await this.content.removeLesson(lessonId, principal));
  }

  @Mutation(() => CourseModuleModel)
  async reorderLessons(
    @Args('input') input: ReorderLessonsInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CourseModuleModel> {
    return CourseModuleModel.from(await this.content.reorderLessons(input, principal));
  }
}
