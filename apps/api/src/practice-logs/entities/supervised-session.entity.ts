import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { BodyRegion, SupervisedSessionStatus } from '../practice-log-kinds.js';
import type { QualificationSnapshot } from '../qualification-snapshot.js';

export type { QualificationSnapshot };

/**
 * One supervised patient session a learner recorded for a program: what was needled, never
 * who. The named supervisor confirms or rejects it; a confirmation keeps a copy of their
 * qualification, so the log a board reads does not change when the profile does.
 */
@Entity({ name: 'supervised_sessions' })
@Check('supervised_sessions_needle_count_check', `"needle_count" BETWEEN 1 AND 100`)
@Check('supervised_sessions_not_self_check', `"supervisor_id" <> "learner_id"`)
@Check('supervised_sessions_status_check', `"status" IN ('PENDING', 'CONFIRMED', 'REJECTED')`)
@Index('supervised_sessions_learner_idx', ['learnerId', 'recordedAt', 'id'])
@Index('supervised_sessions_supervisor_idx', ['supervisorId', 'status', 'recordedAt', 'id'])
export class SupervisedSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'supervised_sessions_pkey' })
  id: string;

  @ForeignKey('users', { name: 'supervised_sessions_learner_id_fkey' })
  @Column({ name: 'learner_id', type: 'uuid' })
  learnerId: string;

  @Index('supervised_sessions_program_id_idx')
  @ForeignKey('credential_programs', { name: 'supervised_sessions_program_id_fkey' })
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  /** YYYY-MM-DD */
  @Column({ name: 'session_date', type: 'date' })
  sessionDate: string;

  @Column({ name: 'body_regions', type: 'text', array: true })
  bodyRegions: BodyRegion[];

  @Column({ type: 'text', array: true })
  muscles: string[];

  @Column({ name: 'needle_count', type: 'integer' })
  needleCount: number;

  @ForeignKey('users', { name: 'supervised_sessions_supervisor_id_fkey' })
  @Column({ name: 'supervisor_id', type: 'uuid' })
  supervisorId: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text' })
  status: SupervisedSessionStatus;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  qualification: QualificationSnapshot | null;
}
