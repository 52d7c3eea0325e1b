import fs from 'node:fs';
import path from 'node:path';
import type { PortalFile } from './submit-from-portal.js';

/**
 * Files a citizen attached to a portal form that came back with a validation error. They are kept
 * on the server for that one submission attempt (keyed by the form's idempotency key, a random
 * UUID only that citizen's page holds), listed on the corrected form, and sent with it, so the
 * citizen never has to pick the photo again. Kept at most a day; removed once the petition is filed.
 */
export const PENDING_KEEP_HOURS = 24;

const dirOf = (dataDir: string) => path.join(dataDir, 'portal-pending');
const KEY = /^[\w.:-]{8,100}$/;

function attemptDir(dataDir: string, key: string): string | null {
  return KEY.test(key) ? path.join(dirOf(dataDir), key.replace(/[^\w-]/g, '_')) : null;
}

/** The files kept for this attempt, in the order they were attached. */
export function loadPending(dataDir: string, key: string): PortalFile[] {
  const dir = attemptDir(dataDir, key);
  if (!dir || !fs.existsSync(dir)) return [];
  const names = JSON.parse(fs.readFileSync(path.join(dir, 'names.json'), 'utf8')) as string[];
  return names.map((fileName, i) => ({
    fileName,
    bytes: fs.readFileSync(path.join(dir, String(i))),
  }));
}

/** Replaces the kept files of this attempt with `files` (none: forgets them). */
export function savePending(dataDir: string, key: string, files: readonly PortalFile[]): void {
  const dir = attemptDir(dataDir, key);
  if (!dir) return;
  fs.rmSync(dir, { recursive: true, force: true });
  if (files.length === 0) return;
  sweep(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  files.forEach((f, i) => fs.writeFileSync(path.join(dir, String(i)), f.bytes));
  fs.writeFileSync(path.join(dir, 'names.json'), JSON.stringify(files.map((f) => f.fileName)));
}

/** Removes attempts older than PENDING_KEEP_HOURS (abandoned forms). */
function sweep(dataDir: string): void {
  const root = dirOf(dataDir);
  if (!fs.existsSync(root)) return;
  const limit = Date.now() - PENDING_KEEP_HOURS * 3_600_000;
  for (const entry of fs.readdirSync(root)) {
    const p = path.join(root, entry);
    if (fs.statSync(p).mtimeMs < limit) fs.rmSync(p, { recursive: true, force: true });
  }
}
