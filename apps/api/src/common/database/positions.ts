import type { EntityManager } from 'typeorm';

/** Tables whose rows are ordered 1..n under a parent. Names are fixed here, never input. */
export type OrderedTable = 'course_modules' | 'lessons' | 'questions';

const PARENT: Record<OrderedTable, string> = {
  course_modules: 'version_id',
  lessons: 'module_id',
  questions: 'bank_id',
};

export async function nextPosition(
  manager: EntityManager,
  table: OrderedTable,
  parentId: string,
): Promise<number> {
  const [row] = (await manager.query(
    `SELECT COALESCE(MAX(position), 0) + 1 AS next FROM ${table} WHERE ${PARENT[table]} = $1`,
    [parentId],
  )) as { next: number }[];
  return Number(row!.next);
}

/** Closes the gap a removal leaves: positions stay 1..n. */
export async function renumber(
  manager: EntityManager,
  table: OrderedTable,
  parentId: string,
): Promise<void> {
  await manager.query(
    `UPDATE ${table} t SET position = ordered.n
       FROM (SELECT id, row_number() OVER (ORDER BY position) AS n
               FROM ${table} WHERE ${PARENT[table]} = $1) ordered
      WHERE t.id = ordered.id AND t.position <> ordered.n`,
    [parentId],
  );
}
