/**
 * Legacy register import (.xlsx/.csv → cases through intake): the use case. The steps live
 * beside it: import-register-parse.ts (file → rows), import-register-map.ts (rows → units,
 * statuses, preview), import-register-write.ts (the confirmed rows in one transaction).
 */
import { createHash } from 'node:crypto';
import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { inScope } from '../../domain/access/actor.js';
import { petitionPolicy } from '../../domain/access/petition.policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import {
  REGISTER_FIELDS,
  registerChannel,
  type RegisterField,
} from '../../domain/petition/register-import.js';
import { placeRows, previewRows, type ImportPreviewRow } from './import-register-map.js';
import { parseRegister, type ImportRegisterInput } from './import-register-parse.js';
import { writeRegisterImport } from './import-register-write.js';

export type { ImportPreviewRow } from './import-register-map.js';
export type { ImportRegisterInput } from './import-register-parse.js';

/** The answer of a dry run or a confirmed import. */
export interface ImportRegisterResult {
  fileName: string;
  sha256: string;
  format: 'xlsx' | 'csv';
  titleLines: string[];
  headerRow: number;
  columns: Array<{ field: RegisterField; header: string; column: number }>;
  unitCode: string;
  dryRun: boolean;
  read: number;
  /** Dry run: would be added; confirmed: added. */
  added: number;
  skipped: number;
  errors: number;
  batchId: string | null;
  rows: ImportPreviewRow[];
}

/** May the actor import into the unit: an administrator or a head, within their scope. */
function authorise(actor: Actor, unitCode: string): void {
  if (actor.role !== 'admin' && actor.role !== 'head')
    throw new DomainError(
      'forbidden',
      'Chỉ quản trị hệ thống hoặc thủ trưởng đơn vị được nhập sổ theo dõi cũ.',
      'Only an administrator or the head of a unit may import legacy registers.',
    );
  if (!petitionPolicy.intake(actor, unitCode) || !inScope(actor, unitCode)) throw notFound('unit');
}

/**
 * Imports a commune's legacy petition register (.xlsx or .csv). A dry run reads, maps and checks
 * every row and writes nothing. A confirmed import writes all new rows in one transaction, or
 * nothing when any row has a problem: each row becomes a case through the ordinary intake
 * (`submitPetition`: deadlines on the legal calendar, a denouncer's identity sealed), silently
 * (no notifications for old cases); a resolved row is then stored with its final status, result
 * and resolution date. Each case records its source (file, row, key) and gets a
 * `petition.imported` audit event; the batch gets one `petition.import_batch`. Rows whose key
 * the unit already imported are skipped and counted.
 */
export async function importRegister({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: ImportRegisterInput;
}): Promise<ImportRegisterResult> {
  authorise(actor, input.unitCode);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  if (!input.dryRun && input.expectedSha256 && input.expectedSha256.toLowerCase() !== sha256)
    throw new DomainError(
      'register_file_changed',
      'Tệp gửi lên khác với tệp đã xem trước. Hãy xem trước lại rồi xác nhận.',
      'The file differs from the one previewed. Preview it again, then confirm.',
      { sha256 },
    );
  const today = ctx.clock.today();
  const unit = await ctx.db
    .selectFrom('units')
    .select('code')
    .where('code', '=', input.unitCode)
    .where('valid_from', '<=', today)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
    .executeTakeFirst();
  if (!unit)
    throw new DomainError(
      'validation_failed',
      'Đơn vị không tồn tại hoặc đã hết hiệu lực.',
      'No such current unit.',
      { field: 'unitCode' },
    );

  const { sheet, columns, rows } = await parseRegister(ctx.db, input, today);
  const defaultChannel = input.channel ?? registerChannel(sheet);

  const unitOf = await placeRows(ctx.db, actor, input.unitCode, rows);
  const known = new Set(
    (
      await ctx.db
        .selectFrom('petition_import_sources')
        .select('row_key')
        .where('unit_code', '=', input.unitCode)
        .where(
          'row_key',
          'in',
          rows.map((r) => r.key),
        )
        .execute()
    ).map((x) => x.row_key),
  );
  const preview = await previewRows(ctx.db, rows, unitOf, known);
  const result: ImportRegisterResult = {
    fileName: input.fileName,
    sha256,
    format: sheet.format,
    titleLines: sheet.titleLines,
    headerRow: sheet.headerRow,
    columns: REGISTER_FIELDS.filter((f) => columns[f] !== undefined).map((f) => ({
      field: f,
      header: sheet.headers[columns[f]!] ?? '',
      column: columns[f]! + 1,
    })),
    unitCode: input.unitCode,
    dryRun: input.dryRun,
    read: rows.length,
    added: preview.filter((p) => p.state === 'new').length,
    skipped: preview.filter((p) => p.state === 'already_imported').length,
    errors: preview.filter((p) => p.state === 'error').length,
    batchId: null,
    rows: preview,
  };
  if (input.dryRun) return result;
  if (result.errors > 0)
    throw new DomainError(
      'register_rows_invalid',
      `${result.errors} dòng có lỗi; chưa nhập dòng nào. Sửa các dòng này trong tệp rồi nhập lại.`,
      `${result.errors} row(s) have errors; nothing was imported. Fix them in the file and import again.`,
      {
        rows: preview
          .filter((p) => p.state === 'error')
          .map((p) => ({ row: p.row, problems: p.problems })),
      },
    );

  const fresh = rows.filter((_, i) => preview[i]!.state === 'new');
  const batchId = await writeRegisterImport(ctx, actor, {
    input,
    sha256,
    format: sheet.format,
    fresh,
    unitOf,
    defaultChannel,
    preview,
    result,
  });
  return { ...result, batchId };
}
