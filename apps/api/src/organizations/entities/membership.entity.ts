import {
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { MembershipStatus, OrganizationRole } from '../organization-role.js';
import { OrganizationEntity } from './organization.entity.js';

/** A person in a clinic. Only an ACTIVE membership lets the clinic see their credentials. */
@Entity({ name: 'memberships' })
@Index('memberships_one_active_idx', { synchronize: false })
@Index('memberships_user_id_idx', ['userId', 'status'])
@Index('memberships_organization_id_idx', ['organizationId', 'status', 'joinedAt'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'memberships_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'memberships_organization_id_fkey',
  })
  organization?: Relation<OrganizationEntity>;

  // An account, named by id; the foreign key stays in the database.
  @ForeignKey('users', { name: 'memberships_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  role: OrganizationRole;

  @Column({ type: 'text' })
  status: MembershipStatus;

  @Column({ name: 'joined_at', type: 'timestamptz', precision: 3 })
  joinedAt: Date;

  /**
   * Whether the clinic counts this member against its required credentials (and reminds them).
   * New members start required, new admins not: some admins practise, some only run the clinic.
   */
  @Column({ name: 'required_to_hold', type: 'boolean', default: true })
  requiredToHold: boolean;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
