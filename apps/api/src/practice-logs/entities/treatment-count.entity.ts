import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * How many dry needling treatments a clinician gave on a day: the denominator of their clinic's
 * adverse-event rate. Recording the same day again replaces the count.
 */
@Entity({ name: 'treatment_counts' })
@Check('treatment_counts_count_check', `"count" BETWEEN 0 AND 1000`)
export class TreatmentCountEntity {
  @ForeignKey('users', { name: 'treatment_counts_clinician_id_fkey' })
  @PrimaryColumn({
    name: 'clinician_id',
    type: 'uuid',
    primaryKeyConstraintName: 'treatment_counts_pkey',
  })
  clinicianId: string;

  /** YYYY-MM-DD */
  @PrimaryColumn({
    name: 'treated_on',
    type: 'date',
    primaryKeyConstraintName: 'treatment_counts_pkey',
  })
  treatedOn: string;

  @Column({ type: 'integer' })
  count: number;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}
