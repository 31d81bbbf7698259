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
import { numericTransformer } from '../../common/database/numeric.transformer.js';
import { CourseEntity } from './course.entity.js';

/** A board's or accreditor's approval of a course, recorded by a platform admin. */
@Entity({ name: 'course_approvals' })
@Index('course_approvals_course_id_idx', ['courseId', 'validFrom'])
@Check('course_approvals_minutes_per_hour_check', '"minutes_per_hour" IN (50, 60)')
@Check('course_approvals_hour_increment_check', '"hour_increment" IN (0.1, 0.25, 0.5, 1)')
export class CourseApprovalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'course_approvals_pkey' })
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_approvals_course_id_fkey' })
  course?: Relation<CourseEntity>;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'approval_number', type: 'text' })
  approvalNumber: string;

  /** `date` columns come back as YYYY-MM-DD strings: no time zone can shift the day. */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  /** The body's contact hour: 50 minutes for most PT boards, 60 for IACET and nursing. */
  @Column({ name: 'minutes_per_hour', type: 'integer', default: 60 })
  minutesPerHour: number;

  /** The body's step of credit, in hours. */
  @Column({
    name: 'hour_increment',
    type: 'numeric',
    precision: 3,
    scale: 2,
    default: () => '0.25',
    transformer: numericTransformer,
  })
  hourIncrement: number;

  /** A demonstration record: never a real approval number. */
  @Column({ name: 'is_sample', type: 'boolean', default: false })
  isSample: boolean;

  @ForeignKey('users', { name: 'course_approvals_recorded_by_fkey' })
  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
