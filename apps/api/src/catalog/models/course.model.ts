import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { CourseEntity } from '../entities/course.entity.js';

@ObjectType('Course', { description: 'A course; what it teaches lives in its versions' })
export class CourseModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  publishedVersionId: string | null;

  static from(entity: CourseEntity): CourseModel {
    return Object.assign(new CourseModel(), {
      id: entity.id,
      slug: entity.slug,
      createdAt: entity.createdAt,
      publishedVersionId: entity.publishedVersionId,
    });
  }
}

@ObjectType('CourseAuthor')
export class CourseAuthorModel {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;
}
