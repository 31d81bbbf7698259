import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Profession, Role } from '@fascicle/common';

@Entity({ name: 'users' })
@Unique('users_email_key', ['email'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id: string;

  /** Stored lower-cased and trimmed; unique through `users_email_key`. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  profession: Profession;

  @Column({ type: 'text', array: true, default: () => "'{LEARNER}'" })
  roles: Role[];

  /** When the person proved they read this address; null until then (no certificates). */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt: Date;

  /** Whether they get reminders before their own credentials expire (optional email). */
  @Column({ name: 'credential_reminders', type: 'boolean', default: true })
  credentialReminders: boolean;

  /** Whether, as a clinic admin, they get notices about their members' credentials. */
  @Column({ name: 'clinic_notices', type: 'boolean', default: true })
  clinicNotices: boolean;

  /** Whether they get an email when a course they completed corrects safety or legal content. */
  @Column({ name: 'course_corrections', type: 'boolean', default: true })
  courseCorrections: boolean;

  /**
   * When the person deleted the account. The row stays, emptied of everything that named them,
   * because the rows other modules keep (enrolments, certificates held for a retention duty)
   * refer to it by id.
   */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Millisecond precision, so a keyset cursor (a JS Date) matches the stored value. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
