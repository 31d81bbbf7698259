import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Generated,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** Questions a course version's quizzes draw from. Changes only while the version is a draft. */
@Entity({ name: 'question_banks' })
export class QuestionBankEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'question_banks_pkey' })
  id: string;

  @Index('question_banks_version_id_idx')
  @ForeignKey('course_versions', { name: 'question_banks_version_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column({ name: 'lineage_id', type: 'uuid' })
  @Generated('uuid')
  lineageId: string;

  @Column({ type: 'text' })
  title: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
