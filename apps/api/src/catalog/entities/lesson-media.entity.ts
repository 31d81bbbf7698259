import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { LessonEntity } from './lesson.entity.js';

export type LessonMediaKind = 'IMAGE' | 'VIDEO';

/**
 * An image or a video shown in a lesson. The bytes live in MediaStorage under `storageKey`;
 * a draft copied from a published version gets new rows pointing at the same stored files, so
 * a file is deleted only when no row uses it any more.
 */
@Entity({ name: 'lesson_media' })
@Check('lesson_media_kind_check', `"kind" IN ('IMAGE', 'VIDEO')`)
@Index('lesson_media_lesson_id_idx', ['lessonId', 'position'])
@Index('lesson_media_storage_key_idx', ['storageKey'])
export class LessonMediaEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'lesson_media_pkey' })
  id: string;

  @Column({ name: 'lesson_id', type: 'uuid' })
  lessonId: string;

  @ManyToOne(() => LessonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'lesson_media_lesson_id_fkey' })
  lesson?: Relation<LessonEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  kind: LessonMediaKind;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ type: 'integer' })
  bytes: number;

  @Column({ type: 'integer', nullable: true })
  width: number | null;

  @Column({ type: 'integer', nullable: true })
  height: number | null;

  @Column({ name: 'alt_text', type: 'text', nullable: true })
  altText: string | null;

  @Column({ name: 'duration_seconds', type: 'integer', nullable: true })
  durationSeconds: number | null;

  @Column({ name: 'captions_key', type: 'text', nullable: true })
  captionsKey: string | null;

  @Column({ type: 'text', nullable: true })
  transcript: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
