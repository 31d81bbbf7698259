import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A learner's attendance at a session: the arrival and departure scans, each with the minute
 * window of the code scanned (evidence, and what stops the same code counting twice for one
 * direction), and an instructor's correction with its reason when there is one.
 */
@Entity({ name: 'live_session_attendance' })
@Unique('live_session_attendance_session_user_key', ['sessionId', 'userId'])
@Check(
  'live_session_attendance_times_check',
  `"checked_out_at" IS NULL OR ("checked_in_at" IS NOT NULL AND "checked_out_at" > "checked_in_at")`,
)
@Check(
  'live_session_attendance_correction_check',
  `("corrected_at" IS NULL) = ("correction_reason" IS NULL)`,
)
@Index('live_session_attendance_user_id_idx', ['userId'])
export class LiveSessionAttendanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'live_session_attendance_pkey' })
  id: string;

  @ForeignKey('live_sessions', { name: 'live_session_attendance_session_id_fkey' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ForeignKey('users', { name: 'live_session_attendance_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz', precision: 3, nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'checked_out_at', type: 'timestamptz', precision: 3, nullable: true })
  checkedOutAt: Date | null;

  /** The minute window of the code scanned on arrival; null when an instructor recorded it. */
  @Column({ name: 'check_in_window', type: 'integer', nullable: true })
  checkInWindow: number | null;

  /** The window of the latest departure scan; a later scan moves the departure forward. */
  @Column({ name: 'check_out_window', type: 'integer', nullable: true })
  checkOutWindow: number | null;

  @Column({ name: 'corrected_at', type: 'timestamptz', precision: 3, nullable: true })
  correctedAt: Date | null;

  @ForeignKey('users', { name: 'live_session_attendance_corrected_by_fkey' })
  @Column({ name: 'corrected_by', type: 'uuid', nullable: true })
  correctedBy: string | null;

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
