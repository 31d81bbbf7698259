import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum EnrollmentStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}

/** A learner on one course version: the version they keep, whatever is published later. */
@Entity({ name: 'enrollments' })
@Unique('enrollments_user_version_key', ['userId', 'versionId'])
@Index('enrollments_one_active_idx', { synchronize: false })
export class EnrollmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'enrollments_pkey' })
  id: string;

  @ForeignKey('users', { name: 'enrollments_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ForeignKey('courses', { name: 'enrollments_course_id_fkey' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Index('enrollments_version_id_idx')
  @ForeignKey('course_versions', { name: 'enrollments_version_id_fkey' })
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column({ type: 'text' })
  status: EnrollmentStatus;

  @Column({ name: 'enrolled_at', type: 'timestamptz', precision: 3 })
  enrolledAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
