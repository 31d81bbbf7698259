import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';

/** A clinic: the staff it employs and the credentials it requires. */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organizations_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Two-letter state the clinic practises in: the compliance report's eligibility column. */
  @Column({ type: 'text', nullable: true })
  state: string | null;

  // An account, named by id; the foreign key stays in the database.
  @ForeignKey('users', { name: 'organizations_created_by_fkey' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
