import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CourseEntity } from '../../catalog/entities/course.entity.js';
import { CredentialProgramEntity } from '../../credentials/entities/credential-program.entity.js';
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

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @ManyToOne(() => CredentialProgramEntity)
  @JoinColumn({
    name: 'program_id',
    foreignKeyConstraintName: 'required_credentials_program_id_fkey',
  })
  program?: Relation<CredentialProgramEntity>;

  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId: string | null;

  @ManyToOne(() => CourseEntity)
  @JoinColumn({
    name: 'course_id',
    foreignKeyConstraintName: 'required_credentials_course_id_fkey',
  })
  course?: Relation<CourseEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
