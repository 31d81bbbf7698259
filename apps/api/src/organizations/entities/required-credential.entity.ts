import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';

/** A credential a clinic requires of its staff: a program (e.g. the didactic coursework) or a course. */
@Entity({ name: 'required_credentials' })
@Check('required_credentials_one_target_check', '("program_id" IS NULL) <> ("course_id" IS NULL)')
export class RequiredCredentialEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'required_credentials_pkey' })
  id: string;

  @Index('required_credentials_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'required_credentials_organization_id_fkey',
  })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  label: string;

  // A credential program or a catalog course, named by id; the foreign keys stay in the database.
  @ForeignKey('credential_programs', { name: 'required_credentials_program_id_fkey' })
  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @ForeignKey('courses', { name: 'required_credentials_course_id_fkey' })
  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
