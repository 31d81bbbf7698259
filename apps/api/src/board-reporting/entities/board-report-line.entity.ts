import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Profession } from '@fascicle/common';
import { numericTransformer } from '../../common/database/numeric.transformer.js';

export enum BoardReportStatus {
  /** Reportable and not exported yet. */
  PENDING = 'PENDING',
  /** In an export (the file staff upload to CE Broker). */
  EXPORTED = 'EXPORTED',
  /** Staff recorded that CE Broker took it. */
  ACCEPTED = 'ACCEPTED',
  /** Staff recorded that CE Broker refused it, with its reason. */
  REJECTED = 'REJECTED',
  /** Cannot be reported, with the reason (no license for the board, a malformed number, revoked). */
  NOT_REPORTABLE = 'NOT_REPORTABLE',
}

/**
 * One completion of a reporting course, for one board it reports to: the certificate's holder,
 * license number (as the state's format gives it), completion date and hours, and where the
 * report stands. Keyed by the completion (its enrollment), not the certificate, so a reissued
 * certificate stays the same line.
 */
@Entity({ name: 'board_report_lines' })
@Unique('board_report_lines_completion_key', ['enrollmentId', 'state', 'profession'])
@Check(
  'board_report_lines_status_check',
  `"status" IN ('PENDING', 'EXPORTED', 'ACCEPTED', 'REJECTED', 'NOT_REPORTABLE')`,
)
@Check(
  'board_report_lines_exported_check',
  `("status" IN ('EXPORTED', 'ACCEPTED', 'REJECTED')) = ("export_id" IS NOT NULL)
             AND ("export_id" IS NULL) = ("exported_at" IS NULL)`,
)
@Check(
  'board_report_lines_reason_check',
  `"status" NOT IN ('REJECTED', 'NOT_REPORTABLE') OR "reason" IS NOT NULL`,
)
@Check(
  'board_report_lines_pending_license_check',
  `"status" <> 'PENDING' OR "license_number" IS NOT NULL`,
)
@Index('board_report_lines_course_id_status_idx', ['courseId', 'status', 'createdAt', 'id'])
@Index('board_report_lines_course_id_created_at_idx', ['courseId', 'createdAt', 'id'])
@Index('board_report_lines_certificate_id_idx', ['certificateId'])
@Index('board_report_lines_export_id_idx', ['exportId'])
export class BoardReportLineEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'board_report_lines_pkey' })
  id: string;

  @ForeignKey('courses', { name: 'board_report_lines_course_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  /** The completion's current certificate (a reissue moves the line to the new one). */
  @ForeignKey('certificates', {
    name: 'board_report_lines_certificate_id_fkey',
    onDelete: 'CASCADE',
  })
  @Column({ name: 'certificate_id', type: 'uuid' })
  certificateId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  state: string;

  @Column({ type: 'text' })
  profession: Profession;

  @Column({ name: 'holder_name', type: 'text' })
  holderName: string;

  /** As the state's published format writes it; null when there is none to report. */
  @Column({ name: 'license_number', type: 'text', nullable: true })
  licenseNumber: string | null;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @Column({
    name: 'ce_hours',
    type: 'numeric',
    precision: 6,
    scale: 2,
    transformer: numericTransformer,
  })
  ceHours: number;

  @Column({ type: 'text' })
  status: BoardReportStatus;

  /** Why it is NOT_REPORTABLE, or why CE Broker REJECTED it. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Something staff should know (a number whose format was not checked, a later revocation). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @ForeignKey('board_report_exports', { name: 'board_report_lines_export_id_fkey' })
  @Column({ name: 'export_id', type: 'uuid', nullable: true })
  exportId: string | null;

  @Column({ name: 'exported_at', type: 'timestamptz', precision: 3, nullable: true })
  exportedAt: Date | null;

  @Column({ name: 'result_recorded_at', type: 'timestamptz', precision: 3, nullable: true })
  resultRecordedAt: Date | null;

  @ForeignKey('users', { name: 'board_report_lines_result_recorded_by_fkey' })
  @Column({ name: 'result_recorded_by', type: 'uuid', nullable: true })
  resultRecordedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
