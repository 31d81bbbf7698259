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
import type { QuestionType } from '@fascicle/assessment';
import { QuestionBankEntity } from './question-bank.entity.js';

@Entity({ name: 'questions' })
@Index('questions_bank_id_idx', ['bankId', 'position'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'questions_pkey' })
  id: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bank_id', foreignKeyConstraintName: 'questions_bank_id_fkey' })
  bank?: Relation<QuestionBankEntity>;

  @Column({ name: 'lineage_id', type: 'uuid' })
  @Generated('uuid')
  lineageId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  type: QuestionType;

  @Column({ name: 'stem_markdown', type: 'text' })
  stemMarkdown: string;

  /** Part of the answer key: never shown to a learner before the review policy allows. */
  @Column({ name: 'explanation_markdown', type: 'text' })
  explanationMarkdown: string;

  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'objective_tag', type: 'text' })
  objectiveTag: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
