import {
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { CourseEntity } from './course.entity.js';

@Entity({ name: 'course_authors' })
export class CourseAuthorEntity {
  @PrimaryColumn({
    name: 'course_id',
    type: 'uuid',
    primaryKeyConstraintName: 'course_authors_pkey',
  })
  courseId: string;

  @Index('course_authors_user_id_idx')
  @ForeignKey('users', { name: 'course_authors_user_id_fkey' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'course_authors_pkey' })
  userId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_authors_course_id_fkey' })
  course?: Relation<CourseEntity>;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
