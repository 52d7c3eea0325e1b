import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Engine } from './connect.js';
import type { Ctx } from './context.js';
import type { Database } from './schema.js';

/**
 * Files (attachments, portal media) live under the data directory. On PostgreSQL, where several
 * instances may share one database, their bytes are also kept in `stored_files` inside the same
 * transaction as the row that references them: the database is the source of truth and each
 * instance's data directory is a cache it fills on first read (decision 0012-shared-files).
 * On SQLite one instance owns the data directory and `stored_files` stays empty.
 */

/** Name of an attachment under the data directory (forward slashes: also the `stored_files` key). */
export function attachmentName(storageKey: string): string {
  return `attachments/${storageKey.slice(0, 2)}/${storageKey}`;
}

/**
 * Where attachments live: under the data directory, outside anything the web server serves.
 * Shared by the command that stores them and the queries that read them.
 */
export function attachmentPath(dataDir: string, storageKey: string): string {
  return path.join(dataDir, ...attachmentName(storageKey).split('/'));
}

/** Whether this engine keeps file bytes in the database (shared by every instance). */
export function sharesFiles(engine: Engine): boolean {
  return engine === 'postgres';
}

/**
 * Writes a new file whole or not at all: the bytes go to a `.part` file that is renamed into place
 * only once fully written, and removed when writing fails (a full disk leaves no partial file).
 * Refuses to replace an existing file.
 */
export function writeFileWhole(file: string, bytes: Buffer | string, mode?: number): void {
  const part = `${file}.part`;
  try {
    fs.writeFileSync(part, bytes, { flag: 'wx', ...(mode === undefined ? {} : { mode }) });
    if (fs.existsSync(file)) throw Object.assign(new Error(`${file} exists`), { code: 'EEXIST' });
    fs.renameSync(part, file);
  } catch (e) {
    fs.rmSync(part, { force: true });
    throw e;
  }
}

/**
 * Records a file's bytes for the other instances (PostgreSQL only; a no-op on SQLite). Call it in
 * the transaction that writes the row referencing the file, so both commit or neither does.
 */
export async function shareFile(
  db: Kysely<Database>,
  engine: Engine,
  name: string,
  bytes: Buffer,
  now: Date,
): Promise<void> {
  if (!sharesFiles(engine)) return;
  await db
    .insertInto('stored_files')
    .values({
      name,
      bytes,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/** The file's place in this instance's data directory. */
function pathOf(ctx: Ctx, name: string): string {
  return path.join(ctx.dataDir, ...name.split('/'));
}

async function sharedBytes(ctx: Ctx, name: string): Promise<Buffer | null> {
  if (!sharesFiles(ctx.engine)) return null;
  const row = await ctx.db
    .selectFrom('stored_files')
    .select('bytes')
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? Buffer.from(row.bytes) : null;
}

/**
 * A stored file's content to send, or null when there is no such file. On PostgreSQL a file this
 * instance has not seen yet (another instance received it, or a restore put it in the database) is
 * read from `stored_files` and cached in the data directory; a cache that cannot be written (full or
 * read-only disk) only costs the next read another query.
 */
export async function readStoredFile(
  ctx: Ctx,
  name: string,
): Promise<Buffer | fs.ReadStream | null> {
  const file = pathOf(ctx, name);
  if (fs.existsSync(file)) return fs.createReadStream(file);
  const bytes = await sharedBytes(ctx, name);
  if (!bytes) return null;
  const part = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.part`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(part, bytes, { flag: 'wx' });
    fs.renameSync(part, file); // same bytes whoever wins a race: replacing is harmless
  } catch {
    fs.rmSync(part, { force: true });
  }
  return bytes;
}

/** A stored file's bytes (backups), or null when there is no such file. */
export async function storedFileBytes(ctx: Ctx, name: string): Promise<Buffer | null> {
  const file = pathOf(ctx, name);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  return sharedBytes(ctx, name);
}

/** Whether a stored file exists, on this instance's disk or (PostgreSQL) in the database. */
export async function storedFileExists(ctx: Ctx, name: string): Promise<boolean> {
  if (fs.existsSync(pathOf(ctx, name))) return true;
  if (!sharesFiles(ctx.engine)) return false;
  const row = await ctx.db
    .selectFrom('stored_files')
    .select('name')
    .where('name', '=', name)
    .executeTakeFirst();
  return row !== undefined;
}
