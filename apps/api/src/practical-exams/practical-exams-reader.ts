import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A candidate's current (not replaced) practical exam record for a checklist of a program. */
export interface CurrentPracticalResult {
  programId: string;
  checklistId: string;
  recordId: string;
  passed: boolean;
  examinedOn: string;
}

export interface PassedPracticalExam {
  id: string;
  candidateId: string;
  title: string;
  examinedOn: string;
}

/**
 * The practical-exams module's read service for other modules (program requirements). Takes
 * the caller's transaction: the embedded database has a single connection.
 */
@Injectable()
export class PracticalExamsReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The candidate's records that no correction replaced, for checklists of those programs,
   * oldest exam first: one query.
   */
  async currentResults(
    manager: EntityManager,
    candidateId: string,
    programIds: readonly string[],
  ): Promise<CurrentPracticalResult[]> {
    if (programIds.length === 0) return [];
    const rows = (await manager.query(
      `SELECT c.program_id AS "programId", r.checklist_id AS "checklistId", r.id AS "recordId",
              r.passed, to_char(r.examined_on, 'YYYY-MM-DD') AS "examinedOn"
         FROM practical_exam_records r
         JOIN practical_checklists c ON c.id = r.checklist_id
        WHERE r.candidate_id = $1
          AND c.program_id = ANY($2::uuid[])
          AND NOT EXISTS (SELECT 1 FROM practical_exam_records n WHERE n.replaces_id = r.id)
        ORDER BY r.examined_on, r.created_at, r.id`,
      [candidateId, [...programIds]],
    )) as CurrentPracticalResult[];
    return rows.map((row) => ({ ...row, passed: Boolean(row.passed) }));
  }

  /**
   * The passed records no correction replaced, of these candidates, with the checklist's title:
   * one query, for the eligibility check over a clinic's staff.
   */
  async passedBy(candidateIds: readonly string[]): Promise<PassedPracticalExam[]> {
    if (candidateIds.length === 0) return [];
    return (await this.db.query(
      `SELECT r.id, r.candidate_id AS "candidateId", c.title,
              to_char(r.examined_on, 'YYYY-MM-DD') AS "examinedOn"
         FROM practical_exam_records r
         JOIN practical_checklists c ON c.id = r.checklist_id
        WHERE r.candidate_id = ANY($1::uuid[]) AND r.passed
          AND NOT EXISTS (SELECT 1 FROM practical_exam_records n WHERE n.replaces_id = r.id)
        ORDER BY r.examined_on, r.id`,
      [[...new Set(candidateIds)]],
    )) as PassedPracticalExam[];
  }
}
