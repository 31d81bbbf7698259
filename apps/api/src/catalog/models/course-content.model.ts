import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CourseModuleEntity } from '../entities/course-module.entity.js';
import type { LessonEntity } from '../entities/lesson.entity.js';

@ObjectType('CourseModule')
export class CourseModuleModel {
  @Field(() => ID)
  id: string;

  versionId: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field(() => [String])
  objectives: string[];

  static from(entity: CourseModuleEntity): CourseModuleModel {
    return Object.assign(new CourseModuleModel(), {
      id: entity.id,
      versionId: entity.versionId,
      position: entity.position,
      title: entity.title,
      objectives: entity.objectives,
    });
  }
}

@ObjectType('LessonReference')
export class LessonReferenceModel {
  @Field()
  citation: string;

  @Field(() => String, { nullable: true })
  url: string | null;
}

@ObjectType('Lesson')
export class LessonModel {
  @Field(() => ID)
  id: string;

  moduleId: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field({ description: 'As the author wrote it' })
  bodyMarkdown: string;

  @Field(() => Int, { description: 'Minutes a learner must spend on the lesson' })
  seatTimeMinutes: number;

  @Field(() => [LessonReferenceModel])
  references: LessonReferenceModel[];

  static from(entity: LessonEntity): LessonModel {
    return Object.assign(new LessonModel(), {
      id: entity.id,
      moduleId: entity.moduleId,
      position: entity.position,
      title: entity.title,
      bodyMarkdown: entity.bodyMarkdown,
      seatTimeMinutes: entity.seatTimeMinutes,
      references: entity.references.map((ref) => ({
        citation: ref.citation,
        url: ref.url ?? null,
      })),
    });
  }
}
