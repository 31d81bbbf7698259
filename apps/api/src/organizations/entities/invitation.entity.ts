import {
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import type { OrganizationRole } from '../organization-role.js';
import { OrganizationEntity } from './organization.entity.js';

/** An invitation sent by email; only the SHA-256 of its token is stored. */
@Entity({ name: 'invitations' })
@Unique('invitations_token_hash_key', ['tokenHash'])
@Index('invitations_organization_id_idx', ['organizationId', 'createdAt'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'invitations_pkey' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'invitations_organization_id_fkey',
  })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  role: OrganizationRole;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  // Accounts, named by id; the foreign keys stay in the database.
  @ForeignKey('users', { name: 'invitations_invited_by_fkey' })
  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @ForeignKey('users', { name: 'invitations_accepted_by_fkey' })
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;
}
