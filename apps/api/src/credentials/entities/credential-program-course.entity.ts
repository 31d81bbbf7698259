import {
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { CredentialProgramEntity } from './credential-program.entity.js';

@Entity({ name: 'credential_program_courses' })
export class CredentialProgramCourseEntity {
  @PrimaryColumn({
    name: 'program_id',
    type: 'uuid',
    primaryKeyConstraintName: 'credential_program_courses_pkey',
  })
  programId: string;

  @Index('credential_program_courses_course_id_idx')
  // A catalog course, named by id; the foreign key stays in the database.
  @ForeignKey('courses', { name: 'credential_program_courses_course_id_fkey' })
  @PrimaryColumn({
    name: 'course_id',
    type: 'uuid',
    primaryKeyConstraintName: 'credential_program_courses_pkey',
  })
  courseId: string;

  @ManyToOne(() => CredentialProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'program_id',
    foreignKeyConstraintName: 'credential_program_courses_program_id_fkey',
  })
  program?: Relation<CredentialProgramEntity>;
}
