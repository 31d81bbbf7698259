import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { CorrectionKind } from '../correction-kind.js';

/**
 * What one person who completed an earlier version of a course is told when a version that
 * corrects safety or legal content is published: a copy of the correction as it was published,
 * and when they read it.
 */
@Entity({ name: 'correction_notices' })
@Unique('correction_notices_user_version_key', ['userId', 'versionId'])
@Index('correction_notices_user_created_idx', ['userId', 'createdAt', 'id'])
export class CorrectionNoticeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'correction_notices_pkey' })
  id: string;

  @ForeignKey('users', { name: 'correction_notices_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ForeignKey('courses', { name: 'correction_notices_course_id_fkey' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  /** The version that made the correction. */
  @Index('correction_notices_version_id_idx')
  @ForeignKey('course_versions', { name: 'correction_notices_version_id_fkey' })
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber: number;

  @Column({ type: 'text', array: true })
  kinds: CorrectionKind[];

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;
}
