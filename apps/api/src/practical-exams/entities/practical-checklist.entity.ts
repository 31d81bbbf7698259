import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One item of a stored checklist: what the examiner watches for, and whether it is critical. */
export interface ChecklistItemRow {
  key: string;
  label: string;
  critical: boolean;
  description: string;
}

/**
 * A program's practical checklist, one version of it. Never changed (a trigger refuses it):
 * records were graded against it, so a change is a new version.
 */
@Entity({ name: 'practical_checklists' })
@Unique('practical_checklists_program_id_version_key', ['programId', 'version'])
@Check('practical_checklists_version_check', `"version" >= 1`)
@Check('practical_checklists_percent_check', `"non_critical_pass_percent" BETWEEN 0 AND 100`)
export class PracticalChecklistEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'practical_checklists_pkey' })
  id: string;

  @ForeignKey('credential_programs', { name: 'practical_checklists_program_id_fkey' })
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  items: ChecklistItemRow[];

  /** Of the items that are not critical, the whole percent that must pass. */
  @Column({ name: 'non_critical_pass_percent', type: 'integer' })
  nonCriticalPassPercent: number;

  @ForeignKey('users', { name: 'practical_checklists_created_by_fkey' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
