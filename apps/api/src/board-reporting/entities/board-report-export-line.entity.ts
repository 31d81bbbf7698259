import { Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/**
 * Which lines an export holds. `line_id` is unique: a completion is in one export at most,
 * even when two exports of the course run at once (the second finds nothing left to take).
 */
@Entity({ name: 'board_report_export_lines' })
@Unique('board_report_export_lines_line_id_key', ['lineId'])
export class BoardReportExportLineEntity {
  @ForeignKey('board_report_exports', {
    name: 'board_report_export_lines_export_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn({
    name: 'export_id',
    type: 'uuid',
    primaryKeyConstraintName: 'board_report_export_lines_pkey',
  })
  exportId: string;

  @ForeignKey('board_report_lines', {
    name: 'board_report_export_lines_line_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn({
    name: 'line_id',
    type: 'uuid',
    primaryKeyConstraintName: 'board_report_export_lines_pkey',
  })
  lineId: string;
}
