import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CourseVersionEntity } from '../../catalog/entities/course-version.entity.js';

/** Questions a course version's quizzes draw from. Changes only while the version is a draft. */
@Entity({ name: 'question_banks' })
export class QuestionBankEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'question_banks_pkey' })
  id: string;

  @Index('question_banks_version_id_idx')
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'question_banks_version_id_fkey' })
  version?: Relation<CourseVersionEntity>;

  @Column({ name: 'lineage_id', type: 'uuid' })
  @Generated('uuid')
  lineageId: string;

  @Column({ type: 'text' })
  title: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
