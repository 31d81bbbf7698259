import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the seed has done, so that running it again changes nothing: for each course the
 * fingerprint of the files it last published, and markers for the demo data. The content
 * itself is written only through the services an instructor uses.
 */
@Entity({ name: 'seed_records' })
export class SeedRecordEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'seed_records_pkey' })
  key: string;

  @Column({ type: 'text' })
  value: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
