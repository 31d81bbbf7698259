import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { LiveRegistrationStatus } from '../live-session-kind.js';

/**
 * A learner's place at a session: a seat, a waitlist place or a cancellation. `queueNumber`
 * is the order of arrival within the session (given under the session's row lock, so it has
 * no duplicates); the waitlist is served in that order.
 */
@Entity({ name: 'live_session_registrations' })
@Unique('live_session_registrations_session_user_key', ['sessionId', 'userId'])
@Unique('live_session_registrations_session_queue_key', ['sessionId', 'queueNumber'])
@Check(
  'live_session_registrations_status_check',
  `"status" IN ('REGISTERED', 'WAITLISTED', 'CANCELLED')`,
)
@Index('live_session_registrations_user_id_idx', ['userId'])
@Index('live_session_registrations_session_status_idx', ['sessionId', 'status', 'queueNumber'])
export class LiveSessionRegistrationEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'live_session_registrations_pkey',
  })
  id: string;

  @ForeignKey('live_sessions', { name: 'live_session_registrations_session_id_fkey' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ForeignKey('users', { name: 'live_session_registrations_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  status: LiveRegistrationStatus;

  @Column({ name: 'queue_number', type: 'integer' })
  queueNumber: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
