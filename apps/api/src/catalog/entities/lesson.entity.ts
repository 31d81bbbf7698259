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
import { CourseModuleEntity } from './course-module.entity.js';

/** A timed pilot of the lesson, recorded by an author; it replaces the word-count estimate. */
export interface LessonPilot {
  testers: number;
  medianMinutes: number;
  /** How the testers were chosen and timed. */
  note: string;
  /** The pilot timed this text: a changed lesson needs a new pilot. */
  bodySha256: string;
  recordedBy: string;
  recordedAt: string;
}

export interface LessonReference {
  citation: string;
  url?: string | null;
}

@Entity({ name: 'lessons' })
@Index('lessons_module_id_idx', ['moduleId', 'position'])
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'lessons_pkey' })
  id: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => CourseModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'lessons_module_id_fkey' })
  module?: Relation<CourseModuleEntity>;

  @Column({ name: 'lineage_id', type: 'uuid' })
  @Generated('uuid')
  lineageId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  /** Stored exactly as written; rendered (and sanitized) on the way out. */
  @Column({ name: 'body_markdown', type: 'text' })
  bodyMarkdown: string;

  @Column({ name: 'seat_time_minutes', type: 'integer' })
  seatTimeMinutes: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  references: LessonReference[];

  @Column({ type: 'jsonb', nullable: true })
  pilot: LessonPilot | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
