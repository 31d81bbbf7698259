import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * What makes a person fit to supervise needling, as they state it: a license and their own
 * dry needling experience (Florida, for one, asks a supervisor for a year of practice and 25
 * sessions of their own: issue 18).
 */
@Entity({ name: 'supervisor_qualifications' })
@Check('supervisor_qualifications_years_check', `"dry_needling_years" BETWEEN 0 AND 70`)
@Check('supervisor_qualifications_sessions_check', `"own_sessions" BETWEEN 0 AND 1000000`)
export class SupervisorQualificationEntity {
  @ForeignKey('users', { name: 'supervisor_qualifications_user_id_fkey' })
  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'supervisor_qualifications_pkey',
  })
  userId: string;

  @Column({ name: 'license_state', type: 'text' })
  licenseState: string;

  @Column({ name: 'license_number', type: 'text' })
  licenseNumber: string;

  @Column({ name: 'dry_needling_years', type: 'integer' })
  dryNeedlingYears: number;

  @Column({ name: 'own_sessions', type: 'integer' })
  ownSessions: number;

  /**
   * Whether they meet the state's own rule for dry needling (Florida asks it of a supervisor);
   * null when they have not said.
   */
  @Column({ name: 'meets_state_qualification', type: 'boolean', nullable: true })
  meetsStateQualification: boolean | null;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
