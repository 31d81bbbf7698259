import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { CourseVersionStatus } from '@fascicle/catalog';
import { numericTransformer } from '../../common/database/numeric.transformer.js';
import { UserEntity } from '../../identity/entities/user.entity.js';
import { CourseEntity } from './course.entity.js';

/**
 * What a learner enrols in and a certificate names. Once PUBLISHED, no column here and no
 * module or lesson under it changes again (CatalogAuthoring checks `isEditable`).
 */
@Entity({ name: 'course_versions' })
@Unique('course_versions_course_id_number_key', ['courseId', 'number'])
@Index('course_versions_status_idx', ['status', 'submittedAt'])
// Declared in the migration (partial and expression indexes); TypeORM leaves them be.
@Index('course_versions_one_open_idx', { synchronize: false })
@Index('course_versions_search_idx', { synchronize: false })
@Index('course_versions_topic_tags_idx', { synchronize: false })
export class CourseVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'course_versions_pkey' })
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_versions_course_id_fkey' })
  course?: Relation<CourseEntity>;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  status: CourseVersionStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  audience: string;

  @Column({
    name: 'ce_hours',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericTransformer,
  })
  ceHours: number;

  @Column({ name: 'learning_objectives', type: 'text', array: true, default: () => "'{}'" })
  learningObjectives: string[];

  @Column({ name: 'topic_tags', type: 'text', array: true, default: () => "'{}'" })
  topicTags: string[];

  /** Months a certificate for this version stays valid; null = no expiry. */
  @Column({ name: 'certificate_validity_months', type: 'integer', nullable: true })
  certificateValidityMonths: number | null;

  @Column({ type: 'text', default: '' })
  changelog: string;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'submitted_by',
    foreignKeyConstraintName: 'course_versions_submitted_by_fkey',
  })
  submitter?: Relation<UserEntity>;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'published_by',
    foreignKeyConstraintName: 'course_versions_published_by_fkey',
  })
  publisher?: Relation<UserEntity>;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
