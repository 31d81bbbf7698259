import {
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { numericTransformer } from '../../common/database/numeric.transformer.js';
import { QuizEntity } from './quiz.entity.js';

export enum AttemptStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
}

@Entity({ name: 'quiz_attempts' })
@Unique('quiz_attempts_number_key', ['quizId', 'userId', 'attemptNumber'])
@Index('quiz_attempts_user_id_idx', ['userId', 'quizId'])
@Index('quiz_attempts_quiz_status_idx', ['quizId', 'status'])
@Index('quiz_attempts_one_open_idx', { synchronize: false })
export class QuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'quiz_attempts_pkey' })
  id: string;

  @Column({ name: 'quiz_id', type: 'uuid' })
  quizId: string;

  @ManyToOne(() => QuizEntity)
  @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'quiz_attempts_quiz_id_fkey' })
  quiz?: Relation<QuizEntity>;

  @ForeignKey('users', { name: 'quiz_attempts_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'attempt_number', type: 'integer' })
  attemptNumber: number;

  @Column({ type: 'text' })
  status: AttemptStatus;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Graded after its deadline, with the answers saved in time. */
  @Column({ name: 'submitted_late', type: 'boolean', default: false })
  submittedLate: boolean;

  @Column({
    name: 'score_points',
    type: 'numeric',
    precision: 8,
    scale: 4,
    nullable: true,
    transformer: numericTransformer,
  })
  scorePoints: number | null;

  @Column({ name: 'max_points', type: 'integer' })
  maxPoints: number;

  @Column({
    name: 'score_percent',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  scorePercent: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;
}
