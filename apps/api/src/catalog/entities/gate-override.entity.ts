import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { CreditGateCode } from '@fascicle/catalog';
import { CourseVersionEntity } from './course-version.entity.js';

export type GateStage = 'SUBMIT' | 'PUBLISH';

/**
 * An admin's decision to let a version through credit gates it fails, at one stage, with the
 * reason in writing. Part of the version's review record; also in the audit log.
 */
@Entity({ name: 'course_version_gate_overrides' })
@Index('course_version_gate_overrides_version_id_idx', ['versionId', 'createdAt'])
@Check('course_version_gate_overrides_stage_check', `"stage" IN ('SUBMIT', 'PUBLISH')`)
export class GateOverrideEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'course_version_gate_overrides_pkey',
  })
  id: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'version_id',
    foreignKeyConstraintName: 'course_version_gate_overrides_version_id_fkey',
  })
  version?: Relation<CourseVersionEntity>;

  @Column({ type: 'text' })
  stage: GateStage;

  /** The gates that were failing when the admin overrode them. */
  @Column({ type: 'text', array: true })
  codes: CreditGateCode[];

  @Column({ type: 'text' })
  reason: string;

  @ForeignKey('users', { name: 'course_version_gate_overrides_overridden_by_fkey' })
  @Column({ name: 'overridden_by', type: 'uuid' })
  overriddenBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
