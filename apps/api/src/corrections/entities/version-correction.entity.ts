import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { CorrectionKind } from '../correction-kind.js';

/**
 * A version's statement that it corrects safety or legal content, recorded by an author on the
 * draft; it is part of the version, so it cannot change once the version is published.
 */
@Entity({ name: 'course_version_corrections' })
@Check(
  'course_version_corrections_kinds_check',
  `cardinality("kinds") > 0 AND "kinds" <@ ARRAY['SAFETY', 'LEGAL']::text[]`,
)
export class VersionCorrectionEntity {
  // A course version, named by id; the foreign key (deleted with a discarded draft) stays in
  // the database.
  @ForeignKey('course_versions', {
    name: 'course_version_corrections_version_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn({
    name: 'version_id',
    type: 'uuid',
    primaryKeyConstraintName: 'course_version_corrections_pkey',
  })
  versionId: string;

  @Column({ type: 'text', array: true })
  kinds: CorrectionKind[];

  /** What changed, in plain text, as learners of earlier versions will read it. */
  @Column({ type: 'text' })
  summary: string;

  @ForeignKey('users', { name: 'course_version_corrections_marked_by_fkey' })
  @Column({ name: 'marked_by', type: 'uuid' })
  markedBy: string;

  @Column({ name: 'marked_at', type: 'timestamptz', precision: 3 })
  markedAt: Date;
}
