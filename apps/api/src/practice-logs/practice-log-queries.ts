import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInputError } from '../common/errors/domain-error.js';
import type { ConnectionArgs } from '../common/pagination/connection.args.js';
import { decodeCursor } from '../common/pagination/connection.js';

/** One page by a timestamp column, newest first, plus one row to tell whether there is more. */
export function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  args: ConnectionArgs,
): Promise<T[]> {
  const alias = query.alias;
  query
    .orderBy(column, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(args.first + 1);
  if (args.after) {
    query.andWhere(
      `(${column}, ${alias}.id) < (CAST(:key AS timestamptz), CAST(:id AS uuid))`,
      decodeCursor(args.after),
    );
  }
  return query.getMany();
}

/**
 * A log's date names a day that has begun somewhere: by UTC, so a clinician west of Greenwich is
 * never refused their own today.
 */
export function requireNotFuture(field: string, day: string, now: Date): void {
  if (day > now.toISOString().slice(0, 10)) {
    throw InvalidInputError.of(field, `${field} cannot be in the future`);
  }
}
