import { DataSource } from 'typeorm';
import { daysBetween, REMINDER_HORIZON_DAYS, reminderThreshold } from '@fascicle/learning';
import { CredentialsReader } from '../../apps/api/src/credentials/credentials-reader.js';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import { freshDatabase, type TestDatabase } from '../support/database.js';

/**
 * The reminder job asks the database which certificates may be due (a window in SQL) and
 * `reminderThreshold` which threshold each has reached. A certificate the SQL leaves out is
 * never reminded; one the rule refuses is fetched for nothing. So both must agree on every
 * day around the window's ends, here across a leap day and a month's end.
 */
describe('the reminder window in SQL agrees with reminderThreshold', () => {
  const today = '2028-02-10';
  const offsets = Array.from({ length: REMINDER_HORIZON_DAYS + 7 }, (_, i) => i - 3);
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await freshDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
    const [{ userId }] = (await dataSource.query(
      `INSERT INTO users (email, password_hash, display_name, profession, roles)
       VALUES ('window@example.com', 'x', 'Wendy Window', 'PHYSICAL_THERAPIST', '{LEARNER}')
       RETURNING id AS "userId"`,
    )) as [{ userId: string }];
    const [{ programId }] = (await dataSource.query(
      `INSERT INTO credential_programs (slug, title, description, validity_months)
       VALUES ('window', 'Window', 'For the window test.', 24) RETURNING id AS "programId"`,
    )) as [{ programId: string }];
    // One certificate expiring on each day, and a revoked twin of each that never counts
    // (each completed on its own day: a program credential is issued once a day).
    await dataSource.query(
      `INSERT INTO certificates (code, kind, user_id, program_id, holder_name, title, provider,
                                 ce_hours, completed_on, expires_on, credential_jwt, issued_at,
                                 revoked_at)
       SELECT 'WINDOW-' || d || '-' || revoked, 'PROGRAM', $1, $2, 'Wendy Window', 'Window',
              'Fascicle', 1, $3::date - 1000 + 2 * d + revoked::int, $3::date + d, 'jwt', now(),
              CASE WHEN revoked THEN now() END
         FROM unnest($4::int[]) d, (VALUES (false), (true)) r(revoked)`,
      [userId, programId, today, offsets],
    );
  }, 120_000);
  afterAll(async () => {
    await dataSource.destroy();
    await database.dispose();
  });

  it('selects exactly the unrevoked certificates that have reached a threshold', async () => {
    const found = await new CredentialsReader(dataSource).expiringWithin(
      today,
      REMINDER_HORIZON_DAYS,
    );
    expect(found.every((certificate) => certificate.revokedAt === null)).toBe(true);
    const days = found
      .map((certificate) => daysBetween(today, certificate.expiresOn!))
      .sort((a, b) => a - b);
    expect(days).toEqual(offsets.filter((daysLeft) => reminderThreshold(daysLeft) !== null));
    // The table reaches past both ends of the window, so a shifted bound would show.
    expect(Math.min(...offsets)).toBeLessThan(0);
    expect(Math.max(...offsets)).toBeGreaterThan(REMINDER_HORIZON_DAYS);
  });
});
