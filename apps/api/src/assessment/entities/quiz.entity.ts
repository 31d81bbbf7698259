import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type {
  BlueprintRow,
  MultipleChoiceScoring,
  ReviewContent,
  ReviewTiming,
} from '@fascicle/assessment';
import { QuestionBankEntity } from './question-bank.entity.js';

/** A quiz of a module, or the course's final exam when `moduleId` is null. */
@Entity({ name: 'quizzes' })
@Check('quizzes_passing_score_check', '"passing_score_percent" BETWEEN 1 AND 100')
@Check('quizzes_retake_wait_check', '"retake_wait_minutes" BETWEEN 0 AND 10080')
@Index('quizzes_module_id_key', { synchronize: false })
@Index('quizzes_one_final_exam_idx', { synchronize: false })
export class QuizEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'quizzes_pkey' })
  id: string;

  @Index('quizzes_version_id_idx')
  @ForeignKey('course_versions', { name: 'quizzes_version_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ForeignKey('course_modules', { name: 'quizzes_module_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'module_id', type: 'uuid', nullable: true })
  moduleId: string | null;

  @Index('quizzes_bank_id_idx')
  @Column({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  @ManyToOne(() => QuestionBankEntity)
  @JoinColumn({ name: 'bank_id', foreignKeyConstraintName: 'quizzes_bank_id_fkey' })
  bank?: Relation<QuestionBankEntity>;

  @Column({ name: 'lineage_id', type: 'uuid' })
  @Generated('uuid')
  lineageId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'passing_score_percent', type: 'integer' })
  passingScorePercent: number;

  /** null = every question of the bank. */
  @Column({ name: 'question_count', type: 'integer', nullable: true })
  questionCount: number | null;

  @Column({ name: 'shuffle_questions', type: 'boolean' })
  shuffleQuestions: boolean;

  @Column({ name: 'shuffle_options', type: 'boolean' })
  shuffleOptions: boolean;

  @Column({ name: 'time_limit_seconds', type: 'integer', nullable: true })
  timeLimitSeconds: number | null;

  @Column({ name: 'max_attempts', type: 'integer', nullable: true })
  maxAttempts: number | null;

  /** Minutes after a failed attempt before the next may start. */
  @Column({ name: 'retake_wait_minutes', type: 'integer', default: 0 })
  retakeWaitMinutes: number;

  /** Questions per objective chosen by the author; null = shared out by `planBlueprint`. */
  @Column({ type: 'jsonb', nullable: true })
  blueprint: BlueprintRow[] | null;

  @Column({ type: 'text' })
  scoring: MultipleChoiceScoring;

  @Column({ name: 'review_content', type: 'text' })
  reviewContent: ReviewContent;

  @Column({ name: 'review_timing', type: 'text' })
  reviewTiming: ReviewTiming;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
