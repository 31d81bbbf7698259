import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AdverseEventSeverity, AdverseEventType } from '../practice-log-kinds.js';

/** An adverse event a clinician records from their own practice, with no patient in it. */
@Entity({ name: 'adverse_events' })
@Check('adverse_events_severity_check', `"severity" IN ('MILD', 'SIGNIFICANT')`)
@Check(
  'adverse_events_type_check',
  `"type" IN ('BLEEDING', 'BRUISING', 'PAIN', 'SYNCOPE', 'PNEUMOTHORAX', 'NERVE_INJURY', 'INFECTION', 'BROKEN_NEEDLE', 'OTHER')`,
)
@Index('adverse_events_clinician_idx', ['clinicianId', 'eventDate', 'id'])
export class AdverseEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'adverse_events_pkey' })
  id: string;

  @ForeignKey('users', { name: 'adverse_events_clinician_id_fkey' })
  @Column({ name: 'clinician_id', type: 'uuid' })
  clinicianId: string;

  /** YYYY-MM-DD */
  @Column({ name: 'event_date', type: 'date' })
  eventDate: string;

  @Column({ type: 'text' })
  severity: AdverseEventSeverity;

  @Column({ type: 'text' })
  type: AdverseEventType;

  @Column({ name: 'action_taken', type: 'text' })
  actionTaken: string;

  @Column({ type: 'text' })
  outcome: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}
