import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { ProgramRequirement, SupervisorRule } from '@fascicle/hybrid';

/** A requirement beyond a program's courses (its courses stay in credential_program_courses). */
export type HandsOnRequirement = Exclude<ProgramRequirement, { kind: 'COURSE' }>;

/**
 * What a hybrid program asks beyond its courses: live minutes, a passed practical
 * examination, supervised patient sessions; and the rule a supervisor must meet for a
 * confirmation to count. Kept whole as JSON because it is read and replaced whole, and the
 * rules in libs/hybrid check its shape; a copy of the supervisor rule (not a name) is kept so a
 * later change of the rule in code does not change what a program asked.
 */
@Entity({ name: 'hybrid_program_rules' })
export class HybridProgramRulesEntity {
  @ForeignKey('credential_programs', { name: 'hybrid_program_rules_program_id_fkey' })
  @PrimaryColumn({
    name: 'program_id',
    type: 'uuid',
    primaryKeyConstraintName: 'hybrid_program_rules_pkey',
  })
  programId: string;

  @Column({ type: 'jsonb' })
  requirements: HandsOnRequirement[];

  @Column({ name: 'supervisor_rule', type: 'jsonb', nullable: true })
  supervisorRule: SupervisorRule | null;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
