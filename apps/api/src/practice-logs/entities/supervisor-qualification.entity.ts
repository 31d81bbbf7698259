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

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
