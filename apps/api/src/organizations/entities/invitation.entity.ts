import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';
import type { OrganizationRole } from './membership.entity.js';
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

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'invitations_invited_by_fkey' })
  inviter?: Relation<UserEntity>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'accepted_by', foreignKeyConstraintName: 'invitations_accepted_by_fkey' })
  acceptor?: Relation<UserEntity>;
}
