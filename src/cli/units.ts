import fs from 'node:fs';
import { importUnits } from '../commands/units/import-units.js';
import { SYSTEM_ACTOR } from '../domain/access/actor.js';
import { openRuntime } from './runtime.js';

/**
 * `danvan units import FILE.csv [--dry-run]`: imports unit versions (code, name, level, parent
 * code, valid from, valid to, successor codes) and prints the rejected lines with their reasons.
 * Exits 1 when any line was rejected, so scripts notice.
 */
export async function runUnitsCommand(args: string[]): Promise<number> {
  const [sub, file, ...flags] = args;
  if (sub !== 'import' || !file) {
    console.error('Cách dùng / Usage: danvan units import FILE.csv [--dry-run]');
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`Không tìm thấy tệp / No such file: ${file}`);
    return 2;
  }
  const rt = await openRuntime({ exclusive: false });
  try {
    const result = await importUnits({
      ctx: rt.ctx,
      actor: SYSTEM_ACTOR,
      csv: fs.readFileSync(file, 'utf8'),
      dryRun: flags.includes('--dry-run'),
    });
    console.log(
      `Dòng hợp lệ / accepted: ${result.accepted.length}${flags.includes('--dry-run') ? ' (chạy thử, chưa ghi / dry run, nothing written)' : ''}`,
    );
    console.log(`Dòng bị từ chối / rejected: ${result.rejected.length}`);
    for (const r of result.rejected) {
      console.log(`  dòng / line ${r.line}: ${r.raw}`);
      for (const e of r.errors) console.log(`    - ${e.vi} / ${e.en}`);
    }
    return result.rejected.length ? 1 : 0;
  } finally {
    await rt.close();
  }
}
