import fs from 'node:fs';
import path from 'node:path';

/**
 * Where attachments live: under the data directory, outside anything the web server serves.
 * Shared by the command that stores them and the queries that read them.
 */
export function attachmentPath(dataDir: string, storageKey: string): string {
  return path.join(dataDir, 'attachments', storageKey.slice(0, 2), storageKey);
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
