import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The examiner's mark for one checklist item. */
export interface ItemResultRow {
  key: string;
  passed: boolean;
  notes: string | null;
}

/**
 * An examiner's signed record of a candidate's practical exam. Never changed or deleted (a
 * trigger refuses it): a correction is a new record naming the one it replaces, at most once.
 */
@Entity({ name: 'practical_exam_records' })
@Unique('practical_exam_records_replaces_id_key', ['replacesId'])
@Check('practical_exam_records_not_self_check', `"examiner_id" <> "candidate_id"`)
@Check(
  'practical_exam_records_correction_check',
  `("replaces_id" IS NULL) = ("correction_reason" IS NULL)`,
)
@Index('practical_exam_records_candidate_idx', ['candidateId', 'createdAt', 'id'])
@Index('practical_exam_records_checklist_idx', ['checklistId', 'createdAt', 'id'])
@Index('practical_exam_records_examiner_idx', ['examinerId', 'createdAt', 'id'])
export class PracticalExamRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'practical_exam_records_pkey' })
  id: string;

  @ForeignKey('practical_checklists', { name: 'practical_exam_records_checklist_id_fkey' })
  @Column({ name: 'checklist_id', type: 'uuid' })
  checklistId: string;

  @ForeignKey('users', { name: 'practical_exam_records_candidate_id_fkey' })
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @ForeignKey('users', { name: 'practical_exam_records_examiner_id_fkey' })
  @Column({ name: 'examiner_id', type: 'uuid' })
  examinerId: string;

  /** As it stood at signing: the record a board reads does not change with the profile. */
  @Column({ name: 'examiner_name', type: 'text' })
  examinerName: string;

  /** YYYY-MM-DD */
  @Column({ name: 'examined_on', type: 'date' })
  examinedOn: string;

  /** The live session the exam took place at, when it did. */
  @Index('practical_exam_records_session_id_idx')
  @ForeignKey('live_sessions', { name: 'practical_exam_records_session_id_fkey' })
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  /** In checklist order, one per item. */
  @Column({ type: 'jsonb' })
  results: ItemResultRow[];

  /** From the grading rule over `results`, never from input. */
  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @ForeignKey('practical_exam_records', { name: 'practical_exam_records_replaces_id_fkey' })
  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId: string | null;

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', precision: 3 })
  signedAt: Date;

  /** SHA-256 (hex) of the record's canonical JSON: see `practical-exam-signature.ts`. */
  @Column({ type: 'text' })
  signature: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
