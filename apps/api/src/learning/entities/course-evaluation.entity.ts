import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EnrollmentEntity } from './enrollment.entity.js';

/** The learner's evaluation of the course: the questions accreditors ask providers to collect. */
@Entity({ name: 'course_evaluations' })
@Check(
  'course_evaluations_ratings_check',
  `"objectives_met" BETWEEN 1 AND 5 AND "content_relevance" BETWEEN 1 AND 5
          AND "presentation_quality" BETWEEN 1 AND 5`,
)
export class CourseEvaluationEntity {
  @PrimaryColumn({
    name: 'enrollment_id',
    type: 'uuid',
    primaryKeyConstraintName: 'course_evaluations_pkey',
  })
  enrollmentId: string;

  @OneToOne(() => EnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'enrollment_id',
    foreignKeyConstraintName: 'course_evaluations_enrollment_id_fkey',
  })
  enrollment?: Relation<EnrollmentEntity>;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'objectives_met', type: 'integer' })
  objectivesMet: number;

  @Column({ name: 'content_relevance', type: 'integer' })
  contentRelevance: number;

  @Column({ name: 'presentation_quality', type: 'integer' })
  presentationQuality: number;

  @Column({ name: 'free_of_commercial_bias', type: 'boolean' })
  freeOfCommercialBias: boolean;

  @Column({ name: 'would_recommend', type: 'boolean' })
  wouldRecommend: boolean;

  @Column({ name: 'intended_practice_change', type: 'text', default: '' })
  intendedPracticeChange: string;

  @Column({ type: 'text', default: '' })
  comments: string;
}
