import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CeTopic } from '@fascicle/regulation';
import { numericTransformer } from '../../common/database/numeric.transformer.js';

/** Continuing education the learner earned elsewhere, with the provider's certificate file. */
@Entity({ name: 'outside_ce_records' })
@Check('outside_ce_records_hours_check', `"hours" > 0 AND "hours" <= 200`)
@Check(
  'outside_ce_records_file_type_check',
  `"file_type" IN ('application/pdf', 'image/png', 'image/jpeg')`,
)
@Index('outside_ce_records_user_idx', ['userId', 'completedOn', 'id'])
export class OutsideCeRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outside_ce_records_pkey' })
  id: string;

  @ForeignKey('users', { name: 'outside_ce_records_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  provider: string;

  @Column({ type: 'text' })
  title: string;

  /** YYYY-MM-DD */
  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numericTransformer })
  hours: number;

  /** Self-paced (recorded, home study) rather than live in person or in real time. */
  @Column({ name: 'self_paced', type: 'boolean' })
  selfPaced: boolean;

  @Column({ type: 'text', array: true })
  topics: CeTopic[];

  /** Where the file is in MediaStorage; made by the API, never by a client. */
  @Column({ name: 'file_key', type: 'text' })
  fileKey: string;

  /** Read from the file's bytes, never from its name. */
  @Column({ name: 'file_type', type: 'text' })
  fileType: string;

  /** The name the learner's file had, for the download. */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'file_bytes', type: 'integer' })
  fileBytes: number;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}
