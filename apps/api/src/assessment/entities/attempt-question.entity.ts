import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { numericTransformer } from '../../common/database/numeric.transformer.js';
import { QuestionEntity } from './question.entity.js';
import { QuizAttemptEntity } from './quiz-attempt.entity.js';

/**
 * A question as drawn for one attempt: its place and option order frozen at the start,
 * the learner's latest answer, and after grading the points it earned.
 */
@Entity({ name: 'attempt_questions' })
export class AttemptQuestionEntity {
  @PrimaryColumn({
    name: 'attempt_id',
    type: 'uuid',
    primaryKeyConstraintName: 'attempt_questions_pkey',
  })
  attemptId: string;

  @Index('attempt_questions_question_id_idx')
  @PrimaryColumn({
    name: 'question_id',
    type: 'uuid',
    primaryKeyConstraintName: 'attempt_questions_pkey',
  })
  questionId: string;

  @ManyToOne(() => QuizAttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'attempt_questions_attempt_id_fkey' })
  attempt?: Relation<QuizAttemptEntity>;

  @ManyToOne(() => QuestionEntity)
  @JoinColumn({
    name: 'question_id',
    foreignKeyConstraintName: 'attempt_questions_question_id_fkey',
  })
  question?: Relation<QuestionEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'option_order', type: 'uuid', array: true })
  optionOrder: string[];

  @Column({ name: 'selected_option_ids', type: 'uuid', array: true, nullable: true })
  selectedOptionIds: string[] | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({
    type: 'numeric',
    precision: 6,
    scale: 4,
    nullable: true,
    transformer: numericTransformer,
  })
  points: number | null;
}
