/**
 * Scheduled backups (DANVAN_BACKUP_DIR / _HOURS / _KEEP): every ten minutes the server looks at the
 * newest archive in the directory and, when it is older than the interval, runs `danvan backup`
 * as a child process (its own memory, and the snapshot never blocks the server's event loop), then
 * deletes the oldest archives beyond the number to keep. Checking the directory rather than
 * counting time since start means a restart neither skips nor doubles a backup.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { APP_ROOT } from '../../config/paths.js';
import { jobStats } from '../job-stats.js';

/** Archive names written by the schedule; only these are ever deleted by it. */
export const SCHEDULED_NAME = /^danvan-\d{8}-\d{6}\.tar\.gz$/;

/** Newest scheduled archive: its path and time, or null. */
export function newestBackup(dir: string): { file: string; at: Date } | null {
  if (!fs.existsSync(dir)) return null;
  let best: { file: string; at: Date } | null = null;
  for (const name of fs.readdirSync(dir)) {
    if (!SCHEDULED_NAME.test(name)) continue;
    const at = fs.statSync(path.join(dir, name)).mtime;
    if (!best || at > best.at) best = { file: path.join(dir, name), at };
  }
  return best;
}

/** Deletes the oldest scheduled archives beyond `keep`; returns the names deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => SCHEDULED_NAME.test(n))
    .sort();
  const gone = names.slice(0, Math.max(0, names.length - keep));
  for (const n of gone) fs.rmSync(path.join(dir, n), { force: true });
  return gone;
}

/** File name for an archive taken at `at` (UTC, sortable). */
export function scheduledName(at: Date): string {
  const s = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `danvan-${s}.tar.gz`;
}

/** Runs `danvan backup FILE` in a child process with the server's database settings. */
function runChild(file: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(APP_ROOT, 'bin/danvan.js'), 'backup', file], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.on('exit', (code) => {
      if (code !== 0 && err) process.stderr.write(err);
      resolve(code ?? 1);
    });
    child.on('error', () => resolve(1));
  });
}

export interface BackupSchedule {
  dir: string;
  hours: number;
  keep: number;
  /** DANVAN_DATA_DIR / DATABASE_URL for the child. */
  dataDir: string;
  databaseUrl: string | null;
  onResult(r: { ok: boolean; file: string; ms: number; deleted: string[] }): void;
}

/** Starts the schedule; returns the stop function. */
export function scheduleBackups(s: BackupSchedule): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    const newest = newestBackup(s.dir);
    if (newest && Date.now() - newest.at.getTime() < s.hours * 3_600_000) return;
    running = true;
    try {
      fs.mkdirSync(s.dir, { recursive: true });
      const file = path.join(s.dir, scheduledName(new Date()));
      const t0 = Date.now();
      const code = await runChild(file, {
        ...process.env,
        DANVAN_DATA_DIR: s.dataDir,
        DATABASE_URL: s.databaseUrl ?? '',
      });
      const deleted = code === 0 ? pruneBackups(s.dir, s.keep) : [];
      if (code === 0) jobStats.backups++;
      else jobStats.backupFailures++;
      s.onResult({ ok: code === 0, file, ms: Date.now() - t0, deleted });
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 60_000);
  const timer = setInterval(() => void tick(), 10 * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
