import fs from 'node:fs';
import path from 'node:path';

/**
 * True when a small file can be written, flushed and removed in the data directory: attachments
 * and news media are written there, so a full disk or a read-only mount makes the instance unready.
 */
export function dataDirWritable(dataDir: string): boolean {
  const probe = path.join(dataDir, `.readyz-${process.pid}`);
  try {
    const fd = fs.openSync(probe, 'w');
    try {
      fs.writeSync(fd, 'ok');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.rmSync(probe, { force: true });
    return true;
  } catch {
    try {
      fs.rmSync(probe, { force: true });
    } catch {
      /* read-only: nothing was created */
    }
    return false;
  }
}
