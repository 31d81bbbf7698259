import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CourseEntity } from './course.entity.js';

@Entity({ name: 'course_prerequisites' })
@Check('course_prerequisites_not_self_check', '"course_id" <> "prerequisite_id"')
export class CoursePrerequisiteEntity {
  @PrimaryColumn({
    name: 'course_id',
    type: 'uuid',
    primaryKeyConstraintName: 'course_prerequisites_pkey',
  })
  courseId: string;

  @Index('course_prerequisites_prerequisite_id_idx')
  @PrimaryColumn({
    name: 'prerequisite_id',
    type: 'uuid',
    primaryKeyConstraintName: 'course_prerequisites_pkey',
  })
  prerequisiteId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'course_id',
    foreignKeyConstraintName: 'course_prerequisites_course_id_fkey',
  })
  course?: Relation<CourseEntity>;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'prerequisite_id',
    foreignKeyConstraintName: 'course_prerequisites_prerequisite_id_fkey',
  })
  prerequisite?: Relation<CourseEntity>;
}
