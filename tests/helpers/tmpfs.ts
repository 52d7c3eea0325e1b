import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A small RAM file system of a fixed size, to make a disk run full for real. */
export interface Tmpfs {
  dir: string;
  /** Fills every free byte with a filler file; returns the bytes written. */
  fill(): number;
  /** Removes the filler. */
  free(): void;
  /** Remounts it read-only (a read-only data directory, for real: root cannot write either). */
  readOnly(): void;
  unmount(): void;
}

/** Mounts a tmpfs of `megabytes` (root only); null when this machine does not allow it. */
export function mountTmpfs(megabytes: number): Tmpfs | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], {
      stdio: 'ignore',
    });
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const filler = path.join(dir, 'filler.bin');
  return {
    dir,
    fill() {
      const fd = fs.openSync(filler, 'a');
      let written = 0;
      try {
        for (const size of [1 << 20, 1 << 12, 1]) {
          const chunk = Buffer.alloc(size, 0x5a);
          for (;;) {
            try {
              written += fs.writeSync(fd, chunk);
            } catch {
              break;
            }
          }
        }
      } finally {
        fs.closeSync(fd);
      }
      return written;
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    readOnly() {
      execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
    },
    unmount() {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
