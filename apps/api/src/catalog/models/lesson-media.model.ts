import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LessonMediaEntity } from '../entities/lesson-media.entity.js';

export enum MediaKind {
  IMAGE = 'IMAGE',
  VIDEO = 'VIDEO',
}
registerEnumType(MediaKind, { name: 'MediaKind' });

/** An image or captioned video in a lesson; files are served by GET /media/:id. */
@ObjectType('LessonMedia')
export class LessonMediaModel {
  @Field(() => ID)
  id: string;

  @Field(() => MediaKind)
  kind: MediaKind;

  @Field(() => Int, { description: 'Order within the lesson, from 1' })
  position: number;

  @Field({ description: 'Absolute address of the file' })
  url: string;

  @Field({ description: 'As stored: images are re-encoded to image/webp' })
  contentType: string;

  @Field(() => Int)
  bytes: number;

  @Field(() => Int, { nullable: true, description: 'Images: width in pixels' })
  width: number | null;

  @Field(() => Int, { nullable: true, description: 'Images: height in pixels' })
  height: number | null;

  @Field(() => String, { nullable: true, description: 'Images: the text read out in its place' })
  altText: string | null;

  @Field(() => Int, { nullable: true, description: 'Videos: length in whole seconds, rounded up' })
  durationSeconds: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Videos: absolute address of the WebVTT captions',
  })
  captionsUrl: string | null;

  @Field(() => String, { nullable: true, description: "Videos: the transcript ('' when none)" })
  transcript: string | null;

  static from(entity: LessonMediaEntity, publicUrl: string): LessonMediaModel {
    const url = `${publicUrl}/media/${entity.id}`;
    return Object.assign(new LessonMediaModel(), {
      id: entity.id,
      kind: entity.kind as MediaKind,
      position: entity.position,
      url,
      contentType: entity.contentType,
      bytes: entity.bytes,
      width: entity.width,
      height: entity.height,
      altText: entity.altText,
      durationSeconds: entity.durationSeconds,
      captionsUrl: entity.captionsKey ? `${url}/captions.vtt` : null,
      transcript: entity.kind === 'VIDEO' ? (entity.transcript ?? '') : null,
    });
  }
}
