import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { Profession } from '@fascicle/common';

/** A board a course reports to: a state's board for one profession. */
export interface ReportedBoard {
  state: string;
  profession: Profession;
}

/**
 * How a course's completions are reported to CE Broker: the provider's and the course's
 * tracking numbers there, and the boards (state and profession) its completions go to. Set by
 * an admin or one of the course's authors.
 */
@Entity({ name: 'board_reporting_settings' })
export class BoardReportingSettingsEntity {
  @ForeignKey('courses', { name: 'board_reporting_settings_course_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({
    name: 'course_id',
    type: 'uuid',
    primaryKeyConstraintName: 'board_reporting_settings_pkey',
  })
  courseId: string;

  /** CE Broker's provider tracking number, "50-" and digits. */
  @Column({ name: 'provider_number', type: 'text' })
  providerNumber: string;

  /** CE Broker's course tracking number, "20-" and digits. */
  @Column({ name: 'course_number', type: 'text' })
  courseNumber: string;

  @Column({ type: 'jsonb' })
  boards: ReportedBoard[];

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @ForeignKey('users', { name: 'board_reporting_settings_updated_by_fkey' })
  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;
}
