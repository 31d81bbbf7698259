import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import { freshDatabase, type TestDatabase } from '../support/database.js';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await freshDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.dispose();
  });

  it('create exactly the schema the entities describe (nothing for migration:generate)', async () => {
    const diff = await dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((query) => query.query)).toEqual([]);
  });

  it("moves each account's license to the licenses table as its primary one, and back", async () => {
    const applied = async () =>
      ((await dataSource.query(`SELECT name FROM migrations`)) as { name: string }[]).map(
        (row) => row.name,
      );
    while ((await applied()).includes('Licenses1764979200000')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const [{ id }] = (await dataSource.query(
      `INSERT INTO users (email, password_hash, display_name, profession, license_number, license_state)
       VALUES ('moved@example.com', 'x', 'Moved Person', 'PHYSICAL_THERAPIST', 'PT-4242', 'NM'),
              ('staff@example.com', 'x', 'Office Staff', 'CLINIC_STAFF', NULL, NULL)
       RETURNING id`,
    )) as { id: string }[];
    await dataSource.runMigrations({ transaction: 'each' });
    expect(
      await dataSource.query(
        `SELECT u.email, l.state, l.profession, l.number, l.is_primary AS "primary"
           FROM users u LEFT JOIN licenses l ON l.user_id = u.id ORDER BY u.email`,
      ),
    ).toEqual([
      {
        email: 'moved@example.com',
        state: 'NM',
        profession: 'PHYSICAL_THERAPIST',
        number: 'PT-4242',
        primary: true,
      },
      { email: 'staff@example.com', state: null, profession: null, number: null, primary: null },
    ]);
    while ((await applied()).includes('Licenses1764979200000')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(
      await dataSource.query(`SELECT license_number, license_state FROM users WHERE id = $1`, [id]),
    ).toEqual([{ license_number: 'PT-4242', license_state: 'NM' }]);
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query(`DELETE FROM licenses; DELETE FROM users`);
  });

  it('can be reverted down to nothing and applied again', async () => {
    const count = dataSource.migrations.length;
    for (let i = 0; i < count; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ tables }] = await dataSource.query(
      `SELECT count(*)::int AS tables FROM information_schema.tables
        WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toBe(0);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(count);
  });
});
