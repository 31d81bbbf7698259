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
import { CourseVersionEntity } from '../../catalog/entities/course-version.entity.js';
import { CourseEntity } from '../../catalog/entities/course.entity.js';
import { UserEntity } from '../../identity/entities/user.entity.js';

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

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'enrollments_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => CourseEntity)
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'enrollments_course_id_fkey' })
  course?: Relation<CourseEntity>;

  @Index('enrollments_version_id_idx')
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => CourseVersionEntity)
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'enrollments_version_id_fkey' })
  version?: Relation<CourseVersionEntity>;

  @Column({ type: 'text' })
  status: EnrollmentStatus;

  @Column({ name: 'enrolled_at', type: 'timestamptz', precision: 3 })
  enrolledAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
