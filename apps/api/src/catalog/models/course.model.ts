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
  /** The author who created the course: its owner, who alone (with admins) removes authors. */
  createdBy: string;

  static from(entity: CourseEntity): CourseModel {
    return Object.assign(new CourseModel(), {
      id: entity.id,
      slug: entity.slug,
      createdAt: entity.createdAt,
      publishedVersionId: entity.publishedVersionId,
      createdBy: entity.createdBy,
    });
  }
}

@ObjectType('CourseAuthor')
export class CourseAuthorModel {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field({ description: 'The author who created the course; cannot be removed' })
  isOwner: boolean;
}
