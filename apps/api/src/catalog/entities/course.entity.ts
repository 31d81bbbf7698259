import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { CourseVersionEntity } from './course-version.entity.js';

/** A course's lasting identity. What it says lives in its versions. */
@Entity({ name: 'courses' })
@Unique('courses_slug_key', ['slug'])
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'courses_pkey' })
  id: string;

  @Column({ type: 'text' })
  slug: string;

  /** The newest published version: what the catalog shows and new learners enrol in. */
  @Index('courses_published_version_id_idx')
  @Column({ name: 'published_version_id', type: 'uuid', nullable: true })
  publishedVersionId: string | null;

  @ManyToOne(() => CourseVersionEntity)
  @JoinColumn({
    name: 'published_version_id',
    foreignKeyConstraintName: 'courses_published_version_id_fkey',
  })
  publishedVersion?: Relation<CourseVersionEntity>;

  @ForeignKey('users', { name: 'courses_created_by_fkey' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
