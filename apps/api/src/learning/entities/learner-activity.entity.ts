import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** The learner's last activity report, on whichever lesson: one clock per person. */
@Entity({ name: 'learner_activity' })
export class LearnerActivityEntity {
  @ForeignKey('users', { name: 'learner_activity_user_id_fkey' })
  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'learner_activity_pkey',
  })
  userId: string;

  @Column({ name: 'lesson_id', type: 'uuid' })
  lessonId: string;

  @Column({ name: 'last_report_at', type: 'timestamptz' })
  lastReportAt: Date;
}
