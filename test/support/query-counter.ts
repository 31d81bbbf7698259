import type { DataSource, Logger } from 'typeorm';

/**
 * Counts every SQL statement TypeORM sends while `work` runs, by standing in for the data
 * source's logger (TypeORM hands it every query, logging on or off). Run nothing else
 * against the app meanwhile: the count is global.
 */
export async function countQueries<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<{ result: T; queries: string[] }> {
  const original = dataSource.logger;
  const queries: string[] = [];
  const counting: Logger = {
    logQuery: (query) => void queries.push(query),
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  Object.defineProperty(dataSource, 'logger', {
    value: counting,
    configurable: true,
    writable: true,
  });
  try {
    return { result: await work(), queries };
  } finally {
    Object.defineProperty(dataSource, 'logger', {
      value: original,
      configurable: true,
      writable: true,
    });
  }
}
