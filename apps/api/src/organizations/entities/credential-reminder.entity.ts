import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** One reminder sent: the key (certificate, threshold) is what makes it once only. */
@Entity({ name: 'credential_reminders' })
export class CredentialReminderEntity {
  // A certificate, named by id; the foreign key stays in the database.
  @ForeignKey('certificates', { name: 'credential_reminders_certificate_id_fkey' })
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

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
