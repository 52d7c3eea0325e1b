/**
 * Issue 12 "what it must show", through the real command line on a fresh SQLite data directory:
 * `danvan deadline` for 30 calendar days from 05/03/2026 explains without any suspension;
 * `danvan calendar 2026` lists 31/08 as a day off and 22/08 as a make-up working day;
 * 5 working days from 25/08/2026 end on 04/09/2026.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-cli-'));
const bin = path.resolve(__dirname, '../../bin/danvan.js');

function danvan(...args: string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env, DANVAN_DATA_DIR: dataDir, DANVAN_DEMO: 'off' };
  delete env.DATABASE_URL;
  return execFileSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
}

describe('danvan calendar / deadline (issue 12)', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('30 calendar days from 05/03/2026: due 06/04/2026, the weekend named, no suspension', () => {
    const out = danvan(
      'deadline',
      '--start',
      '2026-03-05',
      '--days',
      '30',
      '--counting',
      'calendar',
    );
    expect(out).toContain('Hạn / Due: 06/04/2026');
    expect(out).not.toMatch(/tạm dừng|paused|Tạm dừng/);
    expect(out).toMatch(/Ngày cuối rơi vào ngày nghỉ[^\n]*\n\s+04\/04\/2026/);
    expect(out).toMatch(/05\/04\/2026\s+Nghỉ hằng tuần/);
  }, 120_000);

  it('2026 lists 31/08 as a day off and 22/08 as a make-up working day, with their source', () => {
    const out = danvan('calendar', '2026');
    const [off, worked] = out.split('Ngày làm bù');
    expect(off).toMatch(/31\/08\/2026\s+Nghỉ theo quyết định/);
    expect(off).toMatch(/01\/09\/2026\s+Ngày lễ/);
    expect(off).toMatch(/02\/09\/2026\s+Ngày lễ/);
    expect(off).not.toContain('22/08/2026  ');
    expect(worked).toMatch(/22\/08\/2026/);
    expect(out).toContain('9441/TB-BNV');
    expect(out).not.toContain('CHƯA XÁC MINH NGUỒN');
  }, 120_000);

  it('5 working days from 25/08/2026 end on 04/09/2026; 2027 defaults are marked unconfirmed', () => {
    expect(
      danvan('deadline', '--start', '2026-08-25', '--days', '5', '--counting', 'working'),
    ).toContain('Hạn / Due: 04/09/2026');
    expect(danvan('calendar', '2027')).toMatch(/09\/02\/2027[^\n]*CHƯA XÁC MINH NGUỒN/);
  }, 120_000);
});
