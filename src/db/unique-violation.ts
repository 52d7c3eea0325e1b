/**
 * True when a statement failed on a unique index — on PostgreSQL (SQLSTATE 23505, with the
 * index name in `constraint`) or SQLite (SQLITE_CONSTRAINT_UNIQUE, the columns in the message).
 * With `index` (PostgreSQL) / `columns` (SQLite) the violation must be of that index.
 */
export function isUniqueViolation(
  e: unknown,
  which?: { index: string; columns: readonly string[] },
): boolean {
  const err = e as { code?: string; constraint?: string; message?: string } | null;
  if (!err) return false;
  if (err.code === '23505') return !which || err.constraint === which.index;
  if (err.code === 'SQLITE_CONSTRAINT_UNIQUE' || err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    return !which || which.columns.every((c) => (err.message ?? '').includes(c));
  return false;
}
