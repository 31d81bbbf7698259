import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { CredentialKind } from '@fascicle/catalog';

/** A credential made of courses (e.g. "Trigger Point Dry Needling — Didactic Coursework"), valid for a period. */
@Entity({ name: 'credential_programs' })
@Unique('credential_programs_slug_key', ['slug'])
export class CredentialProgramEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'credential_programs_pkey' })
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'credential_kind', type: 'text', default: 'DIDACTIC' })
  credentialKind: CredentialKind;

  /** What the credential does and does not attest; printed on it. */
  @Column({ name: 'scope_statement', type: 'text', default: '' })
  scopeStatement: string;

  @Column({ name: 'validity_months', type: 'integer' })
  validityMonths: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
