import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { DryNeedlingRule } from '@fascicle/regulation';

/**
 * One version of a state's dry needling rule, never changed once written (a trigger refuses):
 * seeded from the data file, or recorded by an admin with a reason.
 */
@Entity({ name: 'dry_needling_rules' })
@Unique('dry_needling_rules_state_content_key', ['state', 'contentHash'])
@Index('dry_needling_rules_state_idx', ['state', 'effectiveFrom', 'recordedAt'])
export class DryNeedlingRuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'dry_needling_rules_pkey' })
  id: string;

  @Column({ type: 'text' })
  state: string;

  @Column({ name: 'state_name', type: 'text' })
  stateName: string;

  /** YYYY-MM-DD; null: in force since before any dated version. */
  @Column({ name: 'effective_from', type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Column({ type: 'jsonb' })
  rule: DryNeedlingRule;

  /** SHA-256 of the rule: the same version is never seeded twice. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  // An account, named by id; null for versions seeded from the data file.
  @ForeignKey('users', { name: 'dry_needling_rules_recorded_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
