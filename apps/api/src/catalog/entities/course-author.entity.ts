import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';
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
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'course_authors_pkey' })
  userId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_authors_course_id_fkey' })
  course?: Relation<CourseEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'course_authors_user_id_fkey' })
  user?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
