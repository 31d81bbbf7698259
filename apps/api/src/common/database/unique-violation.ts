/** PostgreSQL's SQLSTATE for a unique constraint violated (driver errors carry it as `code`). */
const UNIQUE_VIOLATION = '23505';

/** Whether a database error is a unique constraint refusing a duplicate. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === UNIQUE_VIOLATION;
}
