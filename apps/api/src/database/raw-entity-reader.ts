import type {
  DataSource,
  EntityManager,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
} from 'typeorm';

/**
 * Reads rows of one entity with SQL written once, hydrated column by column with TypeORM's own
 * conversions (types, transformers): the same entities `findBy` gives, without building the
 * query and walking the result through the query builder on every call. For the hottest read
 * paths only (issue 20: TypeORM's query building and hydration were about a fifth of a small
 * request's CPU); everywhere else the repository API reads better.
 */
export class RawEntityReader<Entity extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: EntityMetadata['columns'];
  private readonly select: string;

  constructor(
    private readonly db: DataSource,
    target: EntityTarget<Entity>,
  ) {
    this.metadata = db.getMetadata(target);
    this.columns = this.metadata.columns.filter((column) => !column.isVirtual);
    const names = this.columns.map((column) => `"${column.databaseName}"`).join(', ');
    this.select = `SELECT ${names} FROM "${this.metadata.tableName}"`;
  }

  /**
   * The entities of the rows matching `condition`, SQL after WHERE with `$1`… placeholders,
   * e.g. `"code" = $1 LIMIT 1`; in `manager`'s transaction when one is given.
   */
  async where(
    condition: string,
    parameters: readonly unknown[],
    manager: EntityManager = this.db.manager,
  ): Promise<Entity[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `${this.select} WHERE ${condition}`,
      [...parameters],
    );
    return rows.map((row) => this.hydrate(row));
  }

  /**
   * Every column as `"alias"."column" AS "alias_column"` (TypeORM's own naming), for a query
   * written by hand that joins several entities; `hydrate(row, alias)` reads them back.
   */
  selectAs(alias: string): string {
    return this.columns
      .map((column) => `"${alias}"."${column.databaseName}" AS "${alias}_${column.databaseName}"`)
      .join(', ');
  }

  /** The entity of one row, from its columns as `where` reads them or as `selectAs(alias)`. */
  hydrate(row: Record<string, unknown>, alias?: string): Entity {
    const prefix = alias === undefined ? '' : `${alias}_`;
    const entity = this.metadata.create() as Entity;
    for (const column of this.columns) {
      column.setEntityValue(
        entity,
        this.db.driver.prepareHydratedValue(row[prefix + column.databaseName], column),
      );
    }
    return entity;
  }
}
