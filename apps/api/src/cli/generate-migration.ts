import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runMigrations } from '../database/migrate.js';

/**
 * Writes a migration for whatever the entities declare that the migrations do not yet
 * create. Compares against a fresh in-memory database built from the migrations alone, so
 * the result never depends on the state of someone's local data.
 */
export async function generateMigration(
  name: string | undefined,
  say: (message: string) => void,
): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error(
      'Give the migration a PascalCase name: npm run migration:generate -- AddCourses',
    );
  }
  const pglite = await PGlite.create();
  const dataSource = await new DataSource(
    dataSourceOptions({ kind: 'embedded', pglite }),
  ).initialize();
  try {
    await runMigrations(dataSource, true);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      say('entities and migrations agree: nothing to generate');
      return;
    }
    const timestamp = Date.now();
    const lines = (queries: { query: string }[]) =>
      queries.map((q) => `    await db.query(${JSON.stringify(q.query)});`).join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(db: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(db: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`;
    const file = fileURLToPath(
      new URL(`../../src/database/migrations/${timestamp}-${name}.ts`, import.meta.url),
    );
    await writeFile(file, source);
    say(`wrote ${file}\nadd it to src/database/migrations/index.ts, then review the SQL`);
  } finally {
    await dataSource.destroy();
    await pglite.close();
  }
}
