import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';

/** The learner's last activity report, on whichever lesson: one clock per person. */
@Entity({ name: 'learner_activity' })
export class LearnerActivityEntity {
  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'learner_activity_pkey',
  })
  userId: string;

  @OneToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'learner_activity_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ name: 'lesson_id', type: 'uuid' })
  lessonId: string;

  @Column({ name: 'last_report_at', type: 'timestamptz' })
  lastReportAt: Date;
}
