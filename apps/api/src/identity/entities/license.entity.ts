import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { Profession } from '@fascicle/common';
import type { LicenseStatus } from '@fascicle/regulation';
import { UserEntity } from './user.entity.js';

/**
 * A license a person holds: one per state and profession. The primary one (at most one per
 * person, `licenses_primary_idx`) is printed on the certificates issued to them; each
 * certificate keeps a copy of what it printed.
 */
@Entity({ name: 'licenses' })
@Unique('licenses_user_state_profession_key', ['userId', 'state', 'profession'])
@Check(
  'licenses_dates_check',
  `"issued_on" IS NULL OR "expires_on" IS NULL OR "expires_on" > "issued_on"`,
)
@Check('licenses_status_check', `"status" IN ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'REVOKED')`)
@Index('licenses_primary_idx', { synchronize: false })
// The renewal reminder job's window of renewal dates (created by the Renewals migration).
@Index('licenses_expires_on_idx', ['expiresOn'])
export class LicenseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'licenses_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'licenses_user_id_fkey' })
  user?: Relation<UserEntity>;

  /** Two-letter licensing jurisdiction. */
  @Column({ type: 'text' })
  state: string;

  @Column({ type: 'text' })
  profession: Profession;

  @Column({ type: 'text' })
  number: string;

  /** YYYY-MM-DD: the license's original issue date, when given. */
  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  /** YYYY-MM-DD: its current expiry, which is its renewal date, when given. */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  /** As the board's lookup shows it; EXPIRED is worked out from `expiresOn`, never stored. */
  @Column({ type: 'text', default: 'ACTIVE' })
  status: LicenseStatus;

  @Column({ name: 'is_primary', type: 'boolean', default: false })
  isPrimary: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
