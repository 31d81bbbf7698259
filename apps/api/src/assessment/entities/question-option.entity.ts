import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { QuestionEntity } from './question.entity.js';

@Entity({ name: 'question_options' })
@Index('question_options_question_id_idx', ['questionId', 'position'])
export class QuestionOptionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'question_options_pkey' })
  id: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'question_id',
    foreignKeyConstraintName: 'question_options_question_id_fkey',
  })
  question?: Relation<QuestionEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  text: string;

  /** The answer key. */
  @Column({ name: 'is_correct', type: 'boolean' })
  isCorrect: boolean;
}
