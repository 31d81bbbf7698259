import {
  Check,
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
import { QuizEntity } from './quiz.entity.js';

/** Extra attempts or time on one quiz for one learner, granted by an admin with a reason. */
@Entity({ name: 'quiz_accommodations' })
@Unique('quiz_accommodations_quiz_id_user_id_key', ['quizId', 'userId'])
@Index('quiz_accommodations_user_id_idx', ['userId'])
@Check(
  'quiz_accommodations_extra_check',
  '"extra_attempts" BETWEEN 0 AND 20 AND "extra_time_percent" BETWEEN 0 AND 300',
)
export class QuizAccommodationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'quiz_accommodations_pkey' })
  id: string;

  @Column({ name: 'quiz_id', type: 'uuid' })
  quizId: string;

  @ManyToOne(() => QuizEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'quiz_accommodations_quiz_id_fkey' })
  quiz?: Relation<QuizEntity>;

  @ForeignKey('users', { name: 'quiz_accommodations_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'extra_attempts', type: 'integer' })
  extraAttempts: number;

  /** 50 = time and a half. */
  @Column({ name: 'extra_time_percent', type: 'integer' })
  extraTimePercent: number;

  @Column({ type: 'text' })
  reason: string;

  @ForeignKey('users', { name: 'quiz_accommodations_granted_by_fkey' })
  @Column({ name: 'granted_by', type: 'uuid' })
  grantedBy: string;

  @Column({ name: 'granted_at', type: 'timestamptz', precision: 3 })
  grantedAt: Date;
}
