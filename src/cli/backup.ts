/** `danvan backup FILE`, `danvan backup verify FILE`, `danvan restore FILE`. */
import { loadConfig } from '../config/config.js';
import { createBackup } from '../jobs/backup/create-backup.js';
import { RestoreRefused, restoreBackup } from '../jobs/backup/restore-backup.js';
import { verifyBackup } from '../jobs/backup/verify-backup.js';

const USAGE = 'Usage: danvan backup FILE | danvan backup verify FILE | danvan restore FILE';

/** `danvan backup …`; returns the exit code. */
export async function runBackupCommand(args: string[]): Promise<number> {
  if (args[0] === 'verify') {
    if (!args[1]) return usage();
    const { manifest, problems } = await verifyBackup(args[1]);
    if (manifest) {
      const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
      console.log(
        `Bản sao lưu / Archive: ${manifest.appVersion}, ${manifest.createdAt}, ${manifest.sourceEngine}, schema ${manifest.migrations.at(-1)}`,
      );
      console.log(
        `  ${manifest.tables.length} bảng / tables, ${rows} dòng / rows, ${manifest.files.length} tệp / files, nhật ký / audit head seq ${manifest.audit?.seq ?? 0}`,
      );
    }
    if (problems.length === 0) {
      console.log('Bản sao lưu toàn vẹn / Archive intact');
      return 0;
    }
    console.error(`Bản sao lưu có lỗi / Archive damaged: ${problems.length} problem(s)`);
    for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
    return 1;
  }
  if (!args[0] || args.length > 1) return usage();
  const config = loadConfig();
  const t0 = performance.now();
  const m = await createBackup({
    source: { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
    file: args[0],
  });
  const rows = m.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `Đã sao lưu / Backed up to ${args[0]} in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${m.tables.length} tables, ${rows} rows, ${m.files.length} files, audit head seq ${m.audit?.seq ?? 0}`,
  );
  if (m.problems.length) {
    console.error(`CẢNH BÁO / WARNING: ${m.problems.length} problem(s) in the source:`);
    for (const p of m.problems.slice(0, 50)) console.error(`  ${p}`);
    return 1;
  }
  return 0;
}

/** `danvan restore FILE`; returns the exit code. */
export async function runRestoreCommand(args: string[]): Promise<number> {
  if (args.length !== 1) return usage();
  const config = loadConfig();
  try {
    const r = await restoreBackup({
      file: args[0]!,
      target: { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
      log: console.log,
    });
    const rows = r.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Đã khôi phục / Restored into ${config.databaseUrl ? 'PostgreSQL' : config.dataDir}: ${r.tables.length} tables, ${rows} rows, ${r.files} files`,
    );
    console.log(
      `Nhật ký kiểm toán / Audit trail: ${r.audit.rows} rows, ${r.audit.problems.length === 0 ? 'toàn vẹn / intact' : `${r.audit.problems.length} problem(s)`}`,
    );
    for (const p of r.problems) console.error(`  ${p}`);
    return r.problems.length ? 1 : 0;
  } catch (e) {
    if (e instanceof RestoreRefused) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

function usage(): number {
  console.error(USAGE);
  return 2;
}
