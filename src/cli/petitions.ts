import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importRegister } from '../commands/petitions/import-register.js';
import { scorePendingDuplicates } from '../commands/petitions/score-duplicates.js';
import { SYSTEM_ACTOR } from '../domain/access/actor.js';
import { isCodedError } from '../domain/errors.js';
import { CHANNELS, type Channel } from '../domain/petition/kinds.js';
import {
  REGISTER_FIELDS,
  REGISTER_FIELD_LABELS,
  formatDmy,
} from '../domain/petition/register-import.js';
import { openRuntime } from './runtime.js';

const USAGE =
  'Cách dùng / Usage: danvan petitions import FILE.xlsx|FILE.csv --unit CODE [--dry-run] [--channel in_person|post|…] [--map FIELD=HEADER …]';

/**
 * `danvan petitions import FILE --unit CODE [--dry-run]`: imports a legacy petition register
 * and prints a bilingual summary (read / added or would add / skipped as already imported /
 * errors) with every row's problems. Exits 1 when any row has an error (nothing is then written).
 */
export async function runPetitionsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'score-duplicates') {
    // Cases whose duplicate scoring is pending or failed (three attempts) are scored again.
    const rt = await openRuntime({ exclusive: false });
    try {
      const r = await scorePendingDuplicates(rt.ctx, { includeFailed: true });
      console.log(`Đã tìm đơn trùng / Scored: ${r.scored}; lỗi / failed: ${r.failed}`);
      return r.failed > 0 ? 1 : 0;
    } finally {
      await rt.close();
    }
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: false,
    options: {
      unit: { type: 'string' },
      'dry-run': { type: 'boolean' },
      channel: { type: 'string' },
      map: { type: 'string', multiple: true },
    },
  });
  const file = positionals[0];
  const unitCode = typeof values.unit === 'string' ? values.unit : undefined;
  const channel = typeof values.channel === 'string' ? values.channel : undefined;
  if (sub !== 'import' || !file || !unitCode) {
    console.error(USAGE);
    return 2;
  }
  if (channel && !(CHANNELS as readonly string[]).includes(channel)) {
    console.error(`Nguồn đơn không hợp lệ / Unknown channel: ${channel} (${CHANNELS.join(', ')})`);
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`Không tìm thấy tệp / No such file: ${file}`);
    return 2;
  }
  // --map content="Tóm tắt nội dung" (or a column number): overrides the header matching; a
  // confirmed import remembers it for the unit.
  const mapping: Record<string, string> = {};
  for (const m of (values.map ?? []) as Array<string | boolean>) {
    const [field, ...header] = String(m).split('=');
    if (!field || !(REGISTER_FIELDS as readonly string[]).includes(field) || !header.length) {
      console.error(`--map FIELD=HEADER; FIELD ∈ ${REGISTER_FIELDS.join(', ')}`);
      return 2;
    }
    mapping[field] = header.join('=');
  }
  const dryRun = values['dry-run'] === true;
  const rt = await openRuntime({ exclusive: false });
  try {
    const result = await importRegister({
      ctx: rt.ctx,
      actor: SYSTEM_ACTOR,
      input: {
        fileName: path.basename(file),
        bytes: fs.readFileSync(file),
        unitCode,
        dryRun,
        channel: (channel as Channel | undefined) ?? null,
        mapping: Object.keys(mapping).length ? mapping : null,
      },
    });
    console.log(`Tệp / File: ${result.fileName} (${result.format}, SHA-256 ${result.sha256})`);
    console.log(
      `Cột / Columns: ${result.columns
        .map(
          (c) =>
            `${c.header} → ${REGISTER_FIELD_LABELS[c.field].vi} / ${REGISTER_FIELD_LABELS[c.field].en}`,
        )
        .join('; ')}`,
    );
    console.log(`Số dòng đọc được / Rows read: ${result.read}`);
    console.log(
      dryRun
        ? `Sẽ thêm / Would add: ${result.added} (chạy thử, chưa ghi gì / dry run, nothing written)`
        : `Đã thêm / Added: ${result.added}`,
    );
    console.log(`Bỏ qua vì đã nhập trước đây / Skipped as already imported: ${result.skipped}`);
    console.log(`Dòng có lỗi / Rows with errors: ${result.errors}`);
    printProblems(result.rows.filter((r) => r.problems.length));
    return result.errors ? 1 : 0;
  } catch (e) {
    if (isCodedError(e)) {
      console.error(`${e.messageVi}\n${e.messageEn}`);
      const rows = (e.details?.rows ?? []) as Array<{
        row: number;
        problems: Array<{ vi: string; en: string }>;
      }>;
      printProblems(rows);
      return 1;
    }
    throw e;
  } finally {
    await rt.close();
  }
}

function printProblems(
  rows: ReadonlyArray<{
    row: number;
    receivedOn?: string | null;
    problems: ReadonlyArray<{ vi: string; en: string }>;
  }>,
): void {
  for (const r of rows) {
    console.log(`  Dòng / Row ${r.row}${r.receivedOn ? ` (${formatDmy(r.receivedOn)})` : ''}:`);
    for (const p of r.problems) console.log(`    - ${p.vi} / ${p.en}`);
  }
}
