import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** One renewal reminder sent: the key (license, cycle, threshold) is what makes it once only. */
@Entity({ name: 'renewal_reminders' })
export class RenewalReminderEntity {
  // A license, named by id (the identity module owns it); the foreign key stays in the database.
  @ForeignKey('licenses', { name: 'renewal_reminders_license_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({
    name: 'license_id',
    type: 'uuid',
    primaryKeyConstraintName: 'renewal_reminders_pkey',
  })
  licenseId: string;

  /** The cycle's last day: the license's expiry date when the reminder was sent. */
  @PrimaryColumn({
    name: 'cycle_end',
    type: 'date',
    primaryKeyConstraintName: 'renewal_reminders_pkey',
  })
  cycleEnd: string;

  @PrimaryColumn({
    name: 'days_before',
    type: 'integer',
    primaryKeyConstraintName: 'renewal_reminders_pkey',
  })
  daysBefore: number;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3 })
  sentAt: Date;
}
