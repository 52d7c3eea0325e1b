import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../src/db/lock.js';

describe('data directory lock', () => {
  it('refuses a second holder while the first is alive, and frees on release', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-lock-'));
    fs.writeFileSync(path.join(dir, 'danvan.lock'), String(process.ppid)); // a live process that is not us
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    fs.writeFileSync(path.join(dir, 'danvan.lock'), '999999999'); // a dead process: stale lock
    const release = lockDataDir(dir);
    release();
    expect(fs.existsSync(path.join(dir, 'danvan.lock'))).toBe(false);
  });
});
