/**
 * Errors that mean the server cannot write its storage (a full disk, a read-only mount, an I/O
 * error), by engine and by file system: an operator must act, so the client gets 503, never a
 * generic 500, and nothing acknowledged was written.
 */
const FILE_SYSTEM_CODES = new Set(['ENOSPC', 'EROFS', 'EDQUOT', 'EIO']);
/** better-sqlite3 error codes (SQLITE_FULL, SQLITE_READONLY_*, SQLITE_IOERR_*). */
const SQLITE_PATTERN = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/;
/** PostgreSQL SQLSTATEs: disk_full, insufficient_resources, read_only_sql_transaction, io_error. */
const POSTGRES_CODES = new Set(['53100', '53000', '25006', '58030']);

/** True when `error` says the storage refused a write. */
export function isStorageFault(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return FILE_SYSTEM_CODES.has(code) || SQLITE_PATTERN.test(code) || POSTGRES_CODES.has(code);
}

/** The words of the 503 answer. */
export const STORAGE_FAULT_MESSAGE = {
  vi: 'Hệ thống tạm thời không ghi được dữ liệu (bộ nhớ lưu trữ đầy hoặc chỉ cho đọc). Thao tác chưa được lưu; vui lòng thử lại sau. Quản trị viên đã được báo qua nhật ký hệ thống.',
  en: 'The system cannot write its data right now (storage full or read-only). Nothing was saved; please try again later. The administrator is alerted through the system log.',
} as const;
