import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed-login counters, one row per throttle key (`account:<email>` or `address:<ip>`).
 * Kept in the database so every API replica sees the same count.
 */
@Entity({ name: 'login_failures' })
export class LoginFailureEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'login_failures_pkey' })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt: Date;
}
