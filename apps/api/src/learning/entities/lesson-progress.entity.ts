import {
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { EnrollmentEntity } from './enrollment.entity.js';

/** Seat time the server has credited for one lesson, and when the learner completed it. */
@Entity({ name: 'lesson_progress' })
@Index('lesson_progress_lesson_id_idx', ['lessonId'])
export class LessonProgressEntity {
  @PrimaryColumn({
    name: 'enrollment_id',
    type: 'uuid',
    primaryKeyConstraintName: 'lesson_progress_pkey',
  })
  enrollmentId: string;

  @ForeignKey('lessons', { name: 'lesson_progress_lesson_id_fkey' })
  @PrimaryColumn({
    name: 'lesson_id',
    type: 'uuid',
    primaryKeyConstraintName: 'lesson_progress_pkey',
  })
  lessonId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'enrollment_id',
    foreignKeyConstraintName: 'lesson_progress_enrollment_id_fkey',
  })
  enrollment?: Relation<EnrollmentEntity>;

  @Column({ name: 'credited_seconds', type: 'integer', default: 0 })
  creditedSeconds: number;

  /**
   * Every second the server measured on the lesson, not capped at the requirement: what the
   * observed-time report compares with the required time.
   */
  @Column({ name: 'active_seconds', type: 'integer', default: 0 })
  activeSeconds: number;

  /** Seconds the page reported the lesson's video playing, on the server's clock. */
  @Column({ name: 'watched_seconds', type: 'integer', default: 0 })
  watchedSeconds: number;

  /** Active seconds when the reader first reached the end of the text (their reading time). */
  @Column({ name: 'reached_end_seconds', type: 'integer', nullable: true })
  reachedEndSeconds: number | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz', nullable: true })
  lastActivityAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
