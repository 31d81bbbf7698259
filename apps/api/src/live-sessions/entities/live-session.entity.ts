import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LiveSessionKind } from '../live-session-kind.js';

/** An in-person lab or a live webinar of a course or a program, with its seats and instructors. */
@Entity({ name: 'live_sessions' })
@Check('live_sessions_kind_check', `"kind" IN ('LAB', 'WEBINAR')`)
@Check(
  'live_sessions_place_check',
  `("kind" = 'LAB' AND "venue" IS NOT NULL) OR ("kind" = 'WEBINAR' AND "join_url" IS NOT NULL)`,
)
@Check('live_sessions_times_check', `"ends_at" > "starts_at"`)
@Check(
  'live_sessions_capacity_check',
  `"capacity" > 0 AND "capacity" <= "instructors" * "learners_per_instructor"`,
)
@Check('live_sessions_owner_check', `("course_id" IS NULL) <> ("program_id" IS NULL)`)
@Index('live_sessions_course_starts_idx', ['courseId', 'startsAt', 'id'])
@Index('live_sessions_program_starts_idx', ['programId', 'startsAt', 'id'])
@Index('live_sessions_starts_idx', ['startsAt', 'id'])
export class LiveSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'live_sessions_pkey' })
  id: string;

  /** The course the session belongs to; null for a program's session. */
  @ForeignKey('courses', { name: 'live_sessions_course_id_fkey' })
  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId: string | null;

  /** The credential program the session belongs to; null for a course's session. */
  @ForeignKey('credential_programs', { name: 'live_sessions_program_id_fkey' })
  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Column({ type: 'text' })
  kind: LiveSessionKind;

  @Column({ type: 'text' })
  title: string;

  /** A lab's address; null for a webinar. */
  @Column({ type: 'text', nullable: true })
  venue: string | null;

  /** A webinar's https link; null for a lab. Shown to those with a seat and the organisers. */
  @Column({ name: 'join_url', type: 'text', nullable: true })
  joinUrl: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'integer' })
  instructors: number;

  /** The ratio: at most this many learners for each instructor. */
  @Column({ name: 'learners_per_instructor', type: 'integer' })
  learnersPerInstructor: number;

  /** Registration and cancellation close this many hours before the start. */
  @Column({ name: 'cutoff_hours', type: 'integer' })
  cutoffHours: number;

  @ForeignKey('users', { name: 'live_sessions_created_by_fkey' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt: Date | null;
}
