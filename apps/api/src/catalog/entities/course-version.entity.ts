import {
  Check,
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
import type { CourseDisclosure, CourseVersionStatus, CredentialKind } from '@fascicle/catalog';
import { CourseEntity } from './course.entity.js';

/**
 * What a learner enrols in and a certificate names. Once PUBLISHED, no column here and no
 * module or lesson under it changes again (CatalogAuthoring checks `isEditable`).
 */
@Entity({ name: 'course_versions' })
@Unique('course_versions_course_id_number_key', ['courseId', 'number'])
@Index('course_versions_status_idx', ['status', 'submittedAt'])
// Declared in the migration (partial and expression indexes); TypeORM leaves them be.
@Index('course_versions_one_open_idx', { synchronize: false })
@Index('course_versions_search_idx', { synchronize: false })
@Index('course_versions_topic_tags_idx', { synchronize: false })
@Check('course_versions_credit_minutes_check', '"credit_minutes" BETWEEN 0 AND 6000')
@Check(
  'course_versions_objective_keys_check',
  'cardinality("objective_keys") = cardinality("learning_objectives")',
)
@Check(
  'course_versions_credential_kind_check',
  `"credential_kind" IN ('DIDACTIC', 'LIVE', 'HYBRID')`,
)
export class CourseVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'course_versions_pkey' })
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_versions_course_id_fkey' })
  course?: Relation<CourseEntity>;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  status: CourseVersionStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  audience: string;

  /**
   * Minutes of instruction the course claims: the stored truth, converted into each
   * approval's contact hours. Never more than the content supports (checked at submit).
   */
  @Column({ name: 'credit_minutes', type: 'integer', default: 0 })
  creditMinutes: number;

  @Column({ name: 'learning_objectives', type: 'text', array: true, default: () => "'{}'" })
  learningObjectives: string[];

  /** One per objective, same order: what questions are tagged with. */
  @Column({ name: 'objective_keys', type: 'text', array: true, default: () => "'{}'" })
  objectiveKeys: string[];

  /**
   * Skills the course names but an online quiz cannot assess (palpating, needling): they are
   * assessed in the hands-on, in-person part, and the course page says so.
   */
  @Column({ name: 'hands_on_objectives', type: 'text', array: true, default: () => "'{}'" })
  handsOnObjectives: string[];

  @Column({ name: 'credential_kind', type: 'text', default: 'DIDACTIC' })
  credentialKind: CredentialKind;

  /** What the certificate does and does not attest; printed on it. */
  @Column({ name: 'scope_statement', type: 'text', default: '' })
  scopeStatement: string;

  @Column({ type: 'jsonb', nullable: true })
  disclosure: CourseDisclosure | null;

  /** YYYY-MM-DD; the day of publication unless the authors set it. */
  @Column({ name: 'released_on', type: 'date', nullable: true })
  releasedOn: string | null;

  /** YYYY-MM-DD: after this day the course no longer offers credit. */
  @Column({ name: 'credit_ends_on', type: 'date', nullable: true })
  creditEndsOn: string | null;

  @Column({ name: 'content_reviewed_on', type: 'date', nullable: true })
  contentReviewedOn: string | null;

  @Column({ name: 'topic_tags', type: 'text', array: true, default: () => "'{}'" })
  topicTags: string[];

  /** Months a certificate for this version stays valid; null = no expiry. */
  @Column({ name: 'certificate_validity_months', type: 'integer', nullable: true })
  certificateValidityMonths: number | null;

  /**
   * Whether a learner must finish a module's lessons before its quiz (and every lesson before
   * the final exam): the course's choice, checked when an attempt starts.
   */
  @Column({ name: 'quizzes_after_lessons', type: 'boolean', default: false })
  quizzesAfterLessons: boolean;

  @Column({ type: 'text', default: '' })
  changelog: string;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @ForeignKey('users', { name: 'course_versions_submitted_by_fkey' })
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @ForeignKey('users', { name: 'course_versions_published_by_fkey' })
  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
