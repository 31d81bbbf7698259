import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { CourseVersionEntity } from './course-version.entity.js';

@Entity({ name: 'course_modules' })
@Index('course_modules_version_id_idx', ['versionId', 'position'])
export class CourseModuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'course_modules_pkey' })
  id: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'course_modules_version_id_fkey' })
  version?: Relation<CourseVersionEntity>;

  /** The same across versions: a module copied into a new draft keeps its lineage. */
  @Column({ name: 'lineage_id', type: 'uuid' })
  @Generated('uuid')
  lineageId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  objectives: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
