import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A roster file exported for a course: the bytes are kept, so downloading it again gives the
 * very same file, and its lines (board_report_export_lines) are in no other export.
 */
@Entity({ name: 'board_report_exports' })
@Check('board_report_exports_line_count_check', `"line_count" > 0`)
@Index('board_report_exports_course_id_created_at_idx', ['courseId', 'createdAt'])
export class BoardReportExportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'board_report_exports_pkey' })
  id: string;

  @ForeignKey('courses', { name: 'board_report_exports_course_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ForeignKey('users', { name: 'board_report_exports_created_by_fkey' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount: number;

  @Column({ type: 'text' })
  filename: string;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  /** Of `content`: shown beside the download so staff can tell two files apart. */
  @Column({ type: 'text' })
  sha256: string;
}
