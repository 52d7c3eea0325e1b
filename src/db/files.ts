import path from 'node:path';

/**
 * Where attachments live: under the data directory, outside anything the web server serves.
 * Shared by the command that stores them and the queries that read them.
 */
export function attachmentPath(dataDir: string, storageKey: string): string {
  return path.join(dataDir, 'attachments', storageKey.slice(0, 2), storageKey);
}
