import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CertificateEntity } from '../../credentials/entities/certificate.entity.js';

/** One reminder sent: the key (certificate, threshold) is what makes it once only. */
@Entity({ name: 'credential_reminders' })
export class CredentialReminderEntity {
  @PrimaryColumn({
    name: 'certificate_id',
    type: 'uuid',
    primaryKeyConstraintName: 'credential_reminders_pkey',
  })
  certificateId: string;

  @PrimaryColumn({
    name: 'days_before',
    type: 'integer',
    primaryKeyConstraintName: 'credential_reminders_pkey',
  })
  daysBefore: number;

  @ManyToOne(() => CertificateEntity)
  @JoinColumn({
    name: 'certificate_id',
    foreignKeyConstraintName: 'credential_reminders_certificate_id_fkey',
  })
  certificate?: Relation<CertificateEntity>;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
