import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import type { CourseDisclosure, CredentialKind } from '@fascicle/catalog';
import type { DeliveryMethod } from '@fascicle/credentials';
import { numericTransformer } from '../../common/database/numeric.transformer.js';
import type { ApprovalSnapshot, CertificateKind } from '../certificate-kind.js';
import { CredentialProgramEntity } from './credential-program.entity.js';

/**
 * A certificate as issued: the holder's name and license, the course and its approvals are
 * copied at issue, so later edits to an account or a course never change what was certified.
 */
@Entity({ name: 'certificates' })
@Unique('certificates_code_key', ['code'])
@Unique('certificates_status_list_index_key', ['statusListIndex'])
@Check(
  'certificates_kind_check',
  `("kind" = 'COURSE' AND "enrollment_id" IS NOT NULL AND "program_id" IS NULL)
          OR ("kind" = 'PROGRAM' AND "program_id" IS NOT NULL AND "enrollment_id" IS NULL)`,
)
@Index('certificates_user_id_idx', ['userId', 'completedOn'])
@Index('certificates_current_enrollment_idx', { synchronize: false })
@Index('certificates_enrollment_id_idx', ['enrollmentId'])
@Index('certificates_license_id_idx', ['licenseId'])
@Index('certificates_program_once_idx', { synchronize: false })
@Index('certificates_revoked_idx', { synchronize: false })
@Index('certificates_retain_until_idx', { synchronize: false })
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'certificates_pkey' })
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  kind: CertificateKind;

  // Rows of other modules are named by id; the foreign keys stay in the database.
  @ForeignKey('users', { name: 'certificates_user_id_fkey' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /**
   * One current certificate per completed enrollment, whatever races
   * (`certificates_current_enrollment_idx`); reissued ones before it are superseded.
   */
  @ForeignKey('enrollments', { name: 'certificates_enrollment_id_fkey' })
  @Column({ name: 'enrollment_id', type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @ManyToOne(() => CredentialProgramEntity)
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'certificates_program_id_fkey' })
  program?: Relation<CredentialProgramEntity>;

  @Column({ name: 'holder_name', type: 'text' })
  holderName: string;

  @Column({ name: 'license_number', type: 'text', nullable: true })
  licenseNumber: string | null;

  @Column({ name: 'license_state', type: 'text', nullable: true })
  licenseState: string | null;

  /**
   * The license it was earned under (the holder's primary one at issue), while it is on
   * their profile; the number and state above are what was printed, and stay.
   */
  @ForeignKey('licenses', { name: 'certificates_license_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'license_id', type: 'uuid', nullable: true })
  licenseId: string | null;

  /** The course's (or program's) title at issue. */
  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'course_slug', type: 'text', nullable: true })
  courseSlug: string | null;

  @Column({ name: 'course_version', type: 'integer', nullable: true })
  courseVersion: number | null;

  @Column({ type: 'text' })
  provider: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  approvals: ApprovalSnapshot[];

  @Column({
    name: 'ce_hours',
    type: 'numeric',
    precision: 6,
    scale: 2,
    transformer: numericTransformer,
  })
  ceHours: number;

  /** Minutes of instruction certified; `ceHours` is the same in hours of 60 minutes. */
  @Column({ name: 'credit_minutes', type: 'integer', default: 0 })
  creditMinutes: number;

  @Column({ name: 'online_minutes', type: 'integer', default: 0 })
  onlineMinutes: number;

  /** Live or in-person instruction: none until live sessions exist. */
  @Column({ name: 'live_minutes', type: 'integer', default: 0 })
  liveMinutes: number;

  @Column({ name: 'credential_kind', type: 'text', default: 'DIDACTIC' })
  credentialKind: CredentialKind;

  @Column({ name: 'scope_statement', type: 'text', default: '' })
  scopeStatement: string;

  /** The course's disclosure as learners saw it before enrolling. */
  @Column({ type: 'jsonb', nullable: true })
  disclosure: CourseDisclosure | null;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'delivery_method', type: 'text', default: 'online' })
  deliveryMethod: DeliveryMethod;

  @Column({
    name: 'status_list_index',
    type: 'integer',
    default: () => "nextval('certificates_status_index_seq')",
  })
  statusListIndex: number;

  @Column({ name: 'credential_jwt', type: 'text' })
  credentialJwt: string;

  @Column({ name: 'issued_at', type: 'timestamptz', precision: 3 })
  issuedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;

  @ForeignKey('users', { name: 'certificates_revoked_by_fkey' })
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;

  /** The certificate reissued in this one's place (its holder's details corrected). */
  @ForeignKey('certificates', { name: 'certificates_superseded_by_fkey' })
  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededBy: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  /**
   * YYYY-MM-DD: set when the holder deletes their account, the last day this record is kept
   * for a licensing board (see `retainedUntil`); null while the account exists.
   */
  @Column({ name: 'retain_until', type: 'date', nullable: true })
  retainUntil: string | null;
}
